import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { beforeAll, describe, expect, it } from 'vitest';
import endpoint from '../../../checks/eks/endpoint-public-access-restricted.js';
import logging from '../../../checks/eks/control-plane-logging-enabled.js';
import encryption from '../../../checks/eks/secrets-encrypted-with-cmk.js';
import version from '../../../checks/eks/version-supported.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '310000000003';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/eks-cluster`;
const now = new Date('2026-12-02T09:00:00Z');

beforeAll(async () => {
  const eks = seedClient(EKSClient, ACCOUNT, REGION);
  await eks.send(new CreateClusterCommand({
    name: 'prod', version: '1.35', roleArn: ROLE,
    resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'], endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24'] },
    logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator'], enabled: true }, { types: ['controllerManager', 'scheduler'], enabled: false }] },
    encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` } }],
  }));
  // AWS's defaults written out (moto leaves them out of the answer when not given): public to 0.0.0.0/0.
  await eks.send(new CreateClusterCommand({
    name: 'sandbox', version: '1.31', roleArn: ROLE,
    resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'], endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
  }));
  // Nothing but the required fields: moto then omits endpointPublicAccess and uses Kubernetes 1.19.
  await eks.send(new CreateClusterCommand({ name: 'bare', roleArn: ROLE, resourcesVpcConfig: { subnetIds: ['subnet-0a1b2c3d'] } }));
});

describe('EKS against moto', () => {
  it('endpoint, logging, secrets encryption and version judged per cluster; DescribeCluster once per cluster for all four checks', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const verdicts = async (check: typeof endpoint) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT, now })).map((f) => [f.resource.id, f.status]));
    // moto omits endpointPublicAccess unless it was given (AWS always returns it): ERROR, never a verdict.
    expect(await verdicts(endpoint)).toEqual({ prod: 'PASS', sandbox: 'FAIL', bare: 'ERROR' });
    expect(await verdicts(logging as typeof endpoint)).toEqual({ prod: 'PASS', sandbox: 'FAIL', bare: 'FAIL' });
    expect(await verdicts(encryption)).toEqual({ prod: 'PASS', sandbox: 'FAIL', bare: 'FAIL' });
    // 1.31 left extended support on 2026-11-26; moto's default 1.19 is older than the table.
    expect(await verdicts(version as typeof endpoint)).toEqual({ prod: 'PASS', sandbox: 'FAIL', bare: 'FAIL' });
    expect(stats.byOperation.get('eks:ListClusters')).toBe(1);
    expect(stats.byOperation.get('eks:DescribeCluster')).toBe(3);
    expect(stats.repeated.size).toBe(0);
  });
});
