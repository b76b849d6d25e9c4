import { DescribeClusterParametersCommand, DescribeClustersCommand, DescribeLoggingStatusCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { cluster, params } from '../checks/redshift/fixtures.js';

const rs = mockClient(RedshiftClient);
beforeEach(() => rs.reset());

describe('redshift inventory', () => {
  it('clusters(region) follows Marker with pages of 100, once under concurrent callers', async () => {
    rs.on(DescribeClustersCommand, { MaxRecords: 100 }).resolves({ Clusters: [cluster('a')], Marker: 'm1' });
    rs.on(DescribeClustersCommand, { MaxRecords: 100, Marker: 'm1' }).resolves({ Clusters: [cluster('b')] });
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.redshift.clusters('eu-west-1'), inventory.redshift.clusters('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((c) => c.ClusterIdentifier)).toEqual(['a', 'b']);
    expect(rs.commandCalls(DescribeClustersCommand)).toHaveLength(2);
  });

  it('loggingStatus: the status without $metadata, asked once per cluster', async () => {
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'a' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch', $metadata: {} });
    const { inventory } = createTestInventory();
    const s = await inventory.redshift.loggingStatus('eu-west-1', 'a');
    expect(s).toEqual({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' });
    await inventory.redshift.loggingStatus('eu-west-1', 'a');
    expect(rs.commandCalls(DescribeLoggingStatusCommand)).toHaveLength(1);
  });

  it('clusterParameters: every page of one group', async () => {
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'g', MaxRecords: 100 }).resolves({ Parameters: params(undefined), Marker: 'm1' });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'g', MaxRecords: 100, Marker: 'm1' }).resolves({ Parameters: params('true').slice(1) });
    const { inventory } = createTestInventory();
    expect((await inventory.redshift.clusterParameters('eu-west-1', 'g')).map((p) => p.ParameterName)).toEqual(['enable_user_activity_logging', 'require_ssl']);
  });

  it.each([
    ['clusters', DescribeClustersCommand, 'redshift:DescribeClusters'],
    ['loggingStatus', DescribeLoggingStatusCommand, 'redshift:DescribeLoggingStatus'],
    ['clusterParameters', DescribeClusterParametersCommand, 'redshift:DescribeClusterParameters'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached (asked once)', async (getter, Command, action) => {
    rs.on(Command as typeof DescribeClustersCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    const call = () => (getter === 'clusters' ? inventory.redshift.clusters('us-east-1') : inventory.redshift[getter]('us-east-1', 'x'));
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await call().catch(() => undefined);
    expect(rs.commandCalls(Command as typeof DescribeClustersCommand)).toHaveLength(1);
  });
});
