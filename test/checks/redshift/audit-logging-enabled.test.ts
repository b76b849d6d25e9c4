import { DescribeClustersCommand, DescribeLoggingStatusCommand, RedshiftClient } from '@aws-sdk/client-redshift';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/redshift/audit-logging-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { cluster } from './fixtures.js';

const rs = mockClient(RedshiftClient);
beforeEach(() => rs.reset());
const R = { region: 'eu-west-1' };

describe('redshift.audit-logging-enabled', () => {
  it('PASS for S3 or CloudWatch delivery, FAIL when off; one DescribeLoggingStatus per cluster', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a-s3'), cluster('b-cw'), cluster('c-off')] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'a-s3' }).resolves({ LoggingEnabled: true, BucketName: 'audit-logs', S3KeyPrefix: 'redshift/', LogDestinationType: 's3' });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'b-cw' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'userlog', 'useractivitylog'] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'c-off' }).resolves({ LoggingEnabled: false });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a-s3' }, evidence: { LoggingEnabled: true, BucketName: 'audit-logs', LogDestinationType: 's3' } },
      { status: 'PASS', resource: { id: 'b-cw' }, evidence: { LoggingEnabled: true, LogExports: ['connectionlog', 'userlog', 'useractivitylog'] } },
      { status: 'FAIL', resource: { id: 'c-off' }, evidence: { LoggingEnabled: false }, srm: { duty: 'logging', serviceModel: 'PaaS' } },
    ]);
    expect(rs.commandCalls(DescribeLoggingStatusCommand)).toHaveLength(3);
  });

  it('ERROR for the one cluster whose logging status is denied; the others keep their verdict', async () => {
    rs.on(DescribeClustersCommand).resolves({ Clusters: [cluster('a'), cluster('b')] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'a' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'b' }).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'a' } },
      { status: 'ERROR', resource: { id: 'b' }, message: expect.stringContaining('redshift:DescribeLoggingStatus') },
    ]);
  });

  it('ERROR naming the permission when DescribeClusters is denied', async () => {
    rs.on(DescribeClustersCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('redshift:DescribeClusters') }]);
  });
});
