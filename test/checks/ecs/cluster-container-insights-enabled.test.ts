import { DescribeClustersCommand, ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ecs/cluster-container-insights-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster } from './fixtures.js';

const ecs = mockClient(ECSClient);
beforeEach(() => ecs.reset());

const clusters = [cluster('a-enhanced', 'enhanced'), cluster('b-enabled', 'enabled'), cluster('c-off', 'disabled')];

describe('ecs.cluster-container-insights-enabled', () => {
  it('enabled and enhanced pass; disabled fails', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: clusters.map((c) => c.clusterArn!) });
    ecs.on(DescribeClustersCommand).resolves({ clusters, failures: [] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-enhanced', arn: clusters[0]!.clusterArn }, evidence: { containerInsights: 'enhanced' } },
      { status: 'PASS', resource: { id: 'b-enabled' }, evidence: { containerInsights: 'enabled' } },
      { status: 'FAIL', resource: { id: 'c-off' }, evidence: { containerInsights: 'disabled' } },
    ]);
    expect(ecs.commandCalls(DescribeClustersCommand)[0]!.args[0].input).toMatchObject({ include: ['SETTINGS'] });
  });

  it('ERROR, not a verdict, for a cluster answered without the setting', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [cluster('bare', undefined).clusterArn!] });
    ecs.on(DescribeClustersCommand).resolves({ clusters: [cluster('bare', undefined)] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'bare' }, evidence: { iamAction: 'ecs:DescribeClusters' } }]);
  });

  it('ERROR naming the permission when DescribeClusters is denied', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [clusters[0]!.clusterArn!] });
    ecs.on(DescribeClustersCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ecs:DescribeClusters') }]);
  });
});
