import { GetAdministratorAccountCommand, GetDetectorCommand, GetMasterAccountCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/guardduty/enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const gd = mockClient(GuardDutyClient);
beforeEach(() => {
  gd.reset();
  gd.on(GetAdministratorAccountCommand).resolves({});
});
const ROLE = 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty';

describe('guardduty.enabled', () => {
  it('PASS when the region has an enabled detector', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: ROLE });
    const [f] = await runCheck(check, { region: 'eu-west-1' });
    expect(f).toMatchObject({ status: 'PASS', region: 'eu-west-1', resource: { id: 'd1', arn: 'arn:aws:guardduty:eu-west-1:111122223333:detector/d1' }, evidence: { Status: 'ENABLED' }, srm: { duty: 'monitoring', layer: 'endpoint', owner: 'shared' } });
    expect(f!.evidence).not.toHaveProperty('AdministratorAccountId');
  });

  it('FAIL when the detector is suspended, and when there is none', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'DISABLED', ServiceRole: ROLE });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'd1' }, evidence: { Status: 'DISABLED' } }]);
    gd.reset();
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/us-east-1', arn: 'arn:aws:guardduty:us-east-1:111122223333:detector/*' }, evidence: { detectors: 0 } }]);
  });

  it('a member account is judged on its own detector: PASS when the administrator enabled it, FAIL when not; evidence names the administrator', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['member-d'] });
    gd.on(GetAdministratorAccountCommand).resolves({ Administrator: { AccountId: '999988887777', InvitationId: 'i-1', RelationshipStatus: 'Enabled', InvitedAt: '2025-01-01T00:00:00.000Z' } });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: ROLE });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { Status: 'ENABLED', AdministratorAccountId: '999988887777', RelationshipStatus: 'Enabled' } }]);
    gd.on(GetDetectorCommand).resolves({ Status: 'DISABLED', ServiceRole: ROLE });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { Status: 'DISABLED', AdministratorAccountId: '999988887777' } }]);
  });

  it('falls back to GetMasterAccount where GetAdministratorAccount is not supported', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: ROLE });
    gd.on(GetAdministratorAccountCommand).rejects(awsError('UnknownOperationException'));
    gd.on(GetMasterAccountCommand).resolves({ Master: { AccountId: '999988887777', RelationshipStatus: 'Enabled' } });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', evidence: { AdministratorAccountId: '999988887777', RelationshipStatus: 'Enabled' } }]);
  });

  it('ERROR naming the permission when GetDetector is denied', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('guardduty:GetDetector') }]);
  });

  it('ERROR for the detector (not a default) when GetAdministratorAccount is denied', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: ROLE });
    gd.on(GetAdministratorAccountCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'd1' }, evidence: { iamAction: 'guardduty:GetAdministratorAccount' } }]);
  });
});
