import { DescribeClustersCommand, DescribeServicesCommand, ECSClient, ListClustersCommand, ListServicesCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecs/service-no-public-ip.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster, service } from './fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

const prod = cluster('prod', 'enabled');
const services = [service('prod', 'public-web', 'ENABLED'), service('prod', 'private-api', 'DISABLED'), service('prod', 'bridge-daemon')];

describe('ecs.service-no-public-ip', () => {
  it('FAIL on assignPublicIp ENABLED; PASS on DISABLED and on services without awsvpc configuration', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [prod.clusterArn!] });
    ecs.on(DescribeClustersCommand).resolves({ clusters: [prod] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: services.map((s) => s.serviceArn!) });
    ecs.on(DescribeServicesCommand).resolves({ services, failures: [] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'prod/bridge-daemon' }, evidence: { assignPublicIp: null, networkMode: null } },
      { status: 'PASS', resource: { id: 'prod/private-api' }, evidence: { assignPublicIp: 'DISABLED' } },
      { status: 'FAIL', resource: { id: 'prod/public-web', arn: services[0]!.serviceArn }, evidence: { assignPublicIp: 'ENABLED', networkMode: 'awsvpc' } },
    ]);
  });

  it('ERROR for the cluster whose services cannot be listed, naming the permission', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [prod.clusterArn!] });
    ecs.on(DescribeClustersCommand).resolves({ clusters: [prod] });
    ecs.on(ListServicesCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'prod' }, message: expect.stringContaining('ecs:ListServices') }]);
  });

  it('ERROR when DescribeServices reports a failure other than MISSING', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [prod.clusterArn!] });
    ecs.on(DescribeClustersCommand).resolves({ clusters: [prod] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [services[0]!.serviceArn!] });
    ecs.on(DescribeServicesCommand).resolves({ services: [], failures: [{ arn: services[0]!.serviceArn, reason: 'INTERNAL_ERROR' }] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'prod' }, evidence: { iamAction: 'ecs:DescribeServices' } }]);
  });
});
