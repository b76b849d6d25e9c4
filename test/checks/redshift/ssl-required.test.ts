import { DescribeClusterParametersCommand, DescribeClustersCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/redshift/ssl-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster, params } from './fixtures.js';

const rs = mockClient(RedshiftClient);
beforeEach(() => rs.reset());
const R = { region: 'eu-west-1' };
const group = (name: string, status = 'in-sync') => ({ ClusterParameterGroups: [{ ParameterGroupName: name, ParameterApplyStatus: status }] });

describe('redshift.ssl-required', () => {
  it('PASS when the group sets require_ssl true, FAIL otherwise; each group is read once', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a', group('secure')), cluster('b', group('secure', 'pending-reboot')), cluster('c'), cluster('d')] });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'secure' }).resolves({ Parameters: params('true') });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'default.redshift-1.0' }).resolves({ Parameters: params('false') });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' }, evidence: { ParameterGroupName: 'secure', require_ssl: 'true', ParameterApplyStatus: 'in-sync' } },
      { status: 'PASS', resource: { id: 'b' }, evidence: { ParameterApplyStatus: 'pending-reboot' } },
      { status: 'FAIL', resource: { id: 'c' }, evidence: { ParameterGroupName: 'default.redshift-1.0', require_ssl: 'false' }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'd' } },
    ]);
    expect(rs.commandCalls(DescribeClusterParametersCommand)).toHaveLength(2);
  });

  it('follows Marker pages of the parameter list', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a', group('secure'))] });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'secure', MaxRecords: 100 }).resolves({ Parameters: params(undefined), Marker: 'm2' });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'secure', MaxRecords: 100, Marker: 'm2' }).resolves({ Parameters: params('true') });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR, not FAIL, when the group lists no require_ssl; ERROR naming the permission when denied', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a', group('odd')), cluster('b', group('hidden'))] });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'odd' }).resolves({ Parameters: params(undefined) });
    rs.on(DescribeClusterParametersCommand, { ParameterGroupName: 'hidden' }).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('require_ssl') },
      { status: 'ERROR', resource: { id: 'b' }, message: expect.stringContaining('redshift:DescribeClusterParameters') },
    ]);
  });
});
