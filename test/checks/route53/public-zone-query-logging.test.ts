import { ListHostedZonesCommand, ListQueryLoggingConfigsCommand, Route53Client } from '@aws-sdk/client-route-53';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/route53/public-zone-query-logging.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const r53 = mockClient(Route53Client);
beforeEach(() => r53.reset());
const zone = (id: string, name: string, priv = false) => ({ Id: `/hostedzone/${id}`, Name: name, CallerReference: id, Config: { PrivateZone: priv } });
const LOG_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/route53/example.com';

describe('route53.public-zone-query-logging', () => {
  it('PASS for a logged public zone, FAIL for an unlogged one, private zones not judged; one listing for all configs', async () => {
    r53.on(ListHostedZonesCommand).resolves({ HostedZones: [zone('Z1LOGGED', 'example.com.'), zone('Z2QUIET', 'example.org.'), zone('Z3PRIV', 'corp.internal.', true)], IsTruncated: false, MaxItems: 100 });
    r53.on(ListQueryLoggingConfigsCommand).resolves({ QueryLoggingConfigs: [{ Id: 'q1', HostedZoneId: 'Z1LOGGED', CloudWatchLogsLogGroupArn: LOG_GROUP }] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'Z1LOGGED', arn: 'arn:aws:route53:::hostedzone/Z1LOGGED' }, evidence: { Name: 'example.com.', CloudWatchLogsLogGroupArns: [LOG_GROUP] } },
      { status: 'FAIL', resource: { id: 'Z2QUIET' }, evidence: { CloudWatchLogsLogGroupArns: [] }, srm: { duty: 'logging', serviceModel: 'SaaS' } },
    ]);
    expect(r53.commandCalls(ListQueryLoggingConfigsCommand)).toHaveLength(1);
    expect(r53.commandCalls(ListQueryLoggingConfigsCommand)[0]!.args[0].input).not.toHaveProperty('HostedZoneId');
  });

  it('follows ListHostedZones markers; no public zone, no query-logging call and no finding', async () => {
    r53.on(ListHostedZonesCommand, { MaxItems: 100 }).resolves({ HostedZones: [zone('Z3PRIV', 'corp.internal.', true)], IsTruncated: true, NextMarker: 'm1', MaxItems: 100 });
    r53.on(ListHostedZonesCommand, { MaxItems: 100, Marker: 'm1' }).resolves({ HostedZones: [zone('Z4PRIV', 'db.internal.', true)], IsTruncated: false, MaxItems: 100 });
    expect(await runCheck(check)).toEqual([]);
    expect(r53.commandCalls(ListHostedZonesCommand)).toHaveLength(2);
    expect(r53.commandCalls(ListQueryLoggingConfigsCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when ListQueryLoggingConfigs is denied (never read as "no logging")', async () => {
    r53.on(ListHostedZonesCommand).resolves({ HostedZones: [zone('Z1', 'example.com.')], IsTruncated: false, MaxItems: 100 });
    r53.on(ListQueryLoggingConfigsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('route53:ListQueryLoggingConfigs') }]);
  });
});
