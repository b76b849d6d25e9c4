import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/securityhub/enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const sh = mockClient(SecurityHubClient);
beforeEach(() => sh.reset());

describe('securityhub.enabled', () => {
  it('PASS when the hub exists', async () => {
    sh.on(DescribeHubCommand).resolves({ HubArn: 'arn:aws:securityhub:eu-west-1:111122223333:hub/default', SubscribedAt: '2025-02-01T10:00:00.000Z', AutoEnableControls: true });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { arn: 'arn:aws:securityhub:eu-west-1:111122223333:hub/default' }, evidence: { SubscribedAt: '2025-02-01T10:00:00.000Z' }, srm: { duty: 'configuration-management', owner: 'customer' } },
    ]);
  });

  it('FAIL when the account is not subscribed in the region (InvalidAccessException is the "not enabled" answer)', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', { status: 401, message: 'Account 111122223333 is not subscribed to AWS Security Hub' }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/eu-west-1' }, evidence: { HubArn: null } }]);
  });

  it('ERROR naming the permission when DescribeHub is denied', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('securityhub:DescribeHub') }]);
  });
});
