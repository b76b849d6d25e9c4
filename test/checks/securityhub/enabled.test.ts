import { DescribeHubCommand, GetAdministratorAccountCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/securityhub/enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const sh = mockClient(SecurityHubClient);
beforeEach(() => {
  sh.reset();
  sh.on(GetAdministratorAccountCommand).resolves({});
});
const HUB = { HubArn: 'arn:aws:securityhub:eu-west-1:111122223333:hub/default', SubscribedAt: '2025-02-01T10:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' as const };

describe('securityhub.enabled', () => {
  it('PASS when the hub exists, with SubscribedAt and AutoEnableControls', async () => {
    sh.on(DescribeHubCommand).resolves(HUB);
    const [f] = await runCheck(check, { region: 'eu-west-1' });
    expect(f).toMatchObject({
      status: 'PASS',
      resource: { id: '111122223333/eu-west-1', arn: HUB.HubArn },
      evidence: { SubscribedAt: '2025-02-01T10:00:00.000Z', AutoEnableControls: true },
      srm: { duty: 'configuration-management', owner: 'customer' },
    });
    expect(f!.evidence).not.toHaveProperty('AdministratorAccountId');
  });

  it('names the delegated administrator of a member account', async () => {
    sh.on(DescribeHubCommand).resolves({ ...HUB, AutoEnableControls: false });
    sh.on(GetAdministratorAccountCommand).resolves({ Administrator: { AccountId: '999988887777', InvitationId: 'i-1', MemberStatus: 'Enabled', InvitedAt: new Date('2025-01-01T00:00:00Z') } });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'PASS', evidence: { AutoEnableControls: false, AdministratorAccountId: '999988887777', MemberStatus: 'Enabled' } }]);
  });

  it.each([
    ['InvalidAccessException', 401, 'Account 111122223333 is not subscribed to AWS Security Hub'],
    ['ResourceNotFoundException', 404, 'The request was rejected because no hub was found'],
  ])('FAIL when DescribeHub answers %s (not enabled)', async (code, status, message) => {
    sh.on(DescribeHubCommand).rejects(awsError(code, { status, message }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/eu-west-1', arn: 'arn:aws:securityhub:eu-west-1:111122223333:hub/default' }, evidence: { HubArn: null } }]);
    expect(sh.commandCalls(GetAdministratorAccountCommand)).toHaveLength(0);
  });

  it('ERROR naming the permission when DescribeHub is denied', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('securityhub:DescribeHub') }]);
  });

  it('ERROR naming the permission when GetAdministratorAccount is denied', async () => {
    sh.on(DescribeHubCommand).resolves(HUB);
    sh.on(GetAdministratorAccountCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('securityhub:GetAdministratorAccount') }]);
  });
});
