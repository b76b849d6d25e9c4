import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/eks/endpoint-public-access-restricted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { clusterArn, eksCluster, vpc } from './fixtures.js';

const eks = mockClient(EKSClient);
beforeEach(() => eks.reset());

const clusters = {
  'a-default': eksCluster('a-default'),
  'b-private': eksCluster('b-private', vpc({ endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] })),
  'c-office': eksCluster('c-office', vpc({ endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24', '2001:db8::/32'] })),
  'd-v6-open': eksCluster('d-v6-open', vpc({ endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24', '::/0'] })),
};

describe('eks.endpoint-public-access-restricted', () => {
  it('FAIL when the public endpoint admits 0.0.0.0/0 or ::/0; PASS when private or restricted', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: Object.keys(clusters) });
    for (const [name, cluster] of Object.entries(clusters)) eks.on(DescribeClusterCommand, { name }).resolves({ cluster });
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'a-default', arn: clusterArn('a-default') }, evidence: { endpointPublicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] } },
      { status: 'PASS', resource: { id: 'b-private' }, evidence: { endpointPublicAccess: false, endpointPrivateAccess: true } },
      { status: 'PASS', resource: { id: 'c-office' }, evidence: { publicAccessCidrs: ['203.0.113.0/24', '2001:db8::/32'] } },
      { status: 'FAIL', resource: { id: 'd-v6-open' } },
    ]);
  });

  it('ERROR, not a verdict, when the answer lacks endpointPublicAccess (moto omits it unless set)', async () => {
    eks.on(ListClustersCommand).resolves({ clusters: ['bare'] });
    eks.on(DescribeClusterCommand).resolves({ cluster: eksCluster('bare', { resourcesVpcConfig: { subnetIds: ['subnet-1'] } }) });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'bare' }, evidence: { iamAction: 'eks:DescribeCluster' } }]);
  });

  it('ERROR naming the permission: ListClusters denied for the scope, DescribeCluster denied per cluster', async () => {
    eks.on(ListClustersCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('eks:ListClusters') }]);
    eks.reset();
    eks.on(ListClustersCommand).resolves({ clusters: ['x'] });
    eks.on(DescribeClusterCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'x', arn: clusterArn('x') }, message: expect.stringContaining('eks:DescribeCluster') }]);
  });
});
