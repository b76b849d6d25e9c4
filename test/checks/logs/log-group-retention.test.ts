import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/logs/log-group-retention.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const logs = mockClient(CloudWatchLogsClient);
beforeEach(() => logs.reset());
const group = (name: string, retentionInDays?: number) => ({
  logGroupName: name,
  arn: `arn:aws:logs:eu-west-1:111122223333:log-group:${name}:*`,
  logGroupArn: `arn:aws:logs:eu-west-1:111122223333:log-group:${name}`,
  ...(retentionInDays === undefined ? {} : { retentionInDays }),
});

describe('logs.log-group-retention', () => {
  it('PASS for never-expiring and long-enough groups, FAIL below the minimum', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [group('forever'), group('audit', 400), group('app', 30), group('edge', 365)] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'app', arn: 'arn:aws:logs:eu-west-1:111122223333:log-group:app' }, evidence: { retentionInDays: 30, minRetentionDays: 365 } },
      { status: 'PASS', resource: { id: 'audit' } },
      { status: 'PASS', resource: { id: 'edge' } },
      { status: 'PASS', resource: { id: 'forever' }, evidence: { retentionInDays: null } },
    ]);
  });

  it('the minimum comes from config', async () => {
    logs.on(DescribeLogGroupsCommand).resolves({ logGroups: [group('app', 90)] });
    expect(await runCheck(check, { options: { minRetentionDays: 90 } })).toMatchObject([{ status: 'PASS' }]);
    expect(await runCheck(check, { options: { minRetentionDays: 91 } })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('follows pagination', async () => {
    logs.on(DescribeLogGroupsCommand).resolvesOnce({ logGroups: [group('a', 1)], nextToken: 't' }).resolvesOnce({ logGroups: [group('b', 1)] });
    expect((await runCheck(check)).map((f) => f.resource.id)).toEqual(['a', 'b']);
  });

  it('ERROR naming the permission when log groups cannot be listed', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('logs:DescribeLogGroups') }]);
  });
});
