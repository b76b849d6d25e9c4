import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/guardduty/enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const gd = mockClient(GuardDutyClient);
beforeEach(() => gd.reset());

describe('guardduty.enabled', () => {
  it('PASS when the region has an enabled detector', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty' });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', region: 'eu-west-1', resource: { id: 'd1', arn: 'arn:aws:guardduty:eu-west-1:111122223333:detector/d1' }, srm: { duty: 'monitoring', layer: 'endpoint', owner: 'shared' } },
    ]);
  });

  it('FAIL when the detector is suspended, and when there is none', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'DISABLED', ServiceRole: 'x' });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { Status: 'DISABLED' } }]);
    gd.reset();
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/us-east-1' }, evidence: { detectors: 0 } }]);
  });

  it('ERROR naming the permission when GetDetector is denied', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('guardduty:GetDetector') }]);
  });
});
