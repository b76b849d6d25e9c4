import { CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateServiceCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { beforeAll, describe, expect, it } from 'vitest';
import insights from '../../../checks/ecs/cluster-container-insights-enabled.js';
import publicIp from '../../../checks/ecs/service-no-public-ip.js';
import logging from '../../../checks/ecs/task-definition-logging-configured.js';
import namespaces from '../../../checks/ecs/task-definition-no-host-namespaces.js';
import privileged from '../../../checks/ecs/task-definition-no-privileged-containers.js';
import secrets from '../../../checks/ecs/task-definition-no-secrets-in-environment.js';
import nonRoot from '../../../checks/ecs/task-definition-non-root-user.js';
import readOnly from '../../../checks/ecs/task-definition-read-only-root-filesystem.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '310000000002';
const REGION = 'eu-west-1';
const DB_PASSWORD = 'Tr0ub4dor' + '-and-3'; // assembled: no literal for secret scanners

beforeAll(async () => {
  const ecs = seedClient(ECSClient, ACCOUNT, REGION);
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod', settings: [{ name: 'containerInsights', value: 'enhanced' }] }));
  await ecs.send(new CreateClusterCommand({ clusterName: 'dev' }));

  // web: revision 1 is the careless one; revision 2, the latest, is hardened. Only the latest is judged.
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'web', networkMode: 'host', pidMode: 'host', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 128, privileged: true }] }));
  await ecs.send(new RegisterTaskDefinitionCommand({
    family: 'web', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
    containerDefinitions: [{
      name: 'app', image: 'nginx', user: '101:101', readonlyRootFilesystem: true, privileged: false,
      environment: [{ name: 'DB_SECRET_ARN', value: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-AbCdEf` }],
      secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:db-AbCdEf` }],
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': REGION, 'awslogs-stream-prefix': 'web' } },
    }],
  }));
  // agent: a daemon-style task definition with everything wrong.
  await ecs.send(new RegisterTaskDefinitionCommand({
    family: 'agent', networkMode: 'host', pidMode: 'host',
    containerDefinitions: [{ name: 'collector', image: 'busybox', memory: 128, privileged: true, user: 'root', environment: [{ name: 'DB_PASSWORD', value: DB_PASSWORD }] }],
  }));

  const ec2 = seedClient(EC2Client, ACCOUNT, REGION);
  const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.20.0.0/16' }));
  const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc!.VpcId!, CidrBlock: '10.20.1.0/24' }));
  const sg = await ec2.send(new CreateSecurityGroupCommand({ VpcId: vpc.Vpc!.VpcId!, GroupName: 'web', Description: 'web tasks' }));
  // moto answers CreateService without security groups with HTTP 500: always give one.
  const network = (assignPublicIp: 'ENABLED' | 'DISABLED') => ({ awsvpcConfiguration: { subnets: [subnet.Subnet!.SubnetId!], securityGroups: [sg.GroupId!], assignPublicIp } });
  await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'web-public', taskDefinition: 'web:2', desiredCount: 1, launchType: 'FARGATE', networkConfiguration: network('ENABLED') }));
  await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'web-private', taskDefinition: 'web:2', desiredCount: 1, launchType: 'FARGATE', networkConfiguration: network('DISABLED') }));
});

describe('ECS against moto', () => {
  it('task definitions: the latest revision of each family judged; one DescribeTaskDefinition per family for all six checks', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const verdicts = async (check: typeof privileged) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
    for (const check of [privileged, namespaces, nonRoot, readOnly, secrets, logging]) {
      expect(await verdicts(check as typeof privileged), check.id).toEqual({ web: 'PASS', agent: 'FAIL' });
    }
    expect(stats.byOperation.get('ecs:ListTaskDefinitionFamilies')).toBe(1);
    expect(stats.byOperation.get('ecs:DescribeTaskDefinition')).toBe(2);
    expect(stats.repeated.size).toBe(0);
  });

  it('the secret check names the variable, never the value', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(secrets, { region: REGION, inventory, account: ACCOUNT });
    const agent = findings.find((f) => f.resource.id === 'agent')!;
    expect(agent).toMatchObject({ status: 'FAIL', resource: { arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/agent` }, evidence: { taskDefinitionArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/agent:1` } });
    expect(JSON.stringify(findings)).not.toContain(DB_PASSWORD);
  });

  it('clusters: Container Insights from the cluster settings; services: public IP assignment', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const ins = await runCheck(insights, { region: REGION, inventory, account: ACCOUNT });
    expect(Object.fromEntries(ins.map((f) => [f.resource.id, [f.status, f.evidence?.containerInsights]]))).toEqual({ prod: ['PASS', 'enhanced'], dev: ['FAIL', 'disabled'] });
    const svc = await runCheck(publicIp, { region: REGION, inventory, account: ACCOUNT });
    expect(Object.fromEntries(svc.map((f) => [f.resource.id, f.status]))).toEqual({ 'prod/web-public': 'FAIL', 'prod/web-private': 'PASS' });
    expect(stats.byOperation.get('ecs:DescribeClusters')).toBe(1);
    expect(stats.byOperation.get('ecs:ListServices')).toBe(2); // one per cluster
    expect(stats.byOperation.get('ecs:DescribeServices')).toBe(1); // dev has no service
    expect(stats.repeated.size).toBe(0);
  });
});
