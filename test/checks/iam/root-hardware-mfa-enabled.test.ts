import { GetAccountSummaryCommand, IAMClient, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/root-hardware-mfa-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, NOW, ROOT_ARN, userArn } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const mfaOn = () => iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1 } });
// Shapes of ListVirtualMFADevices: assigned devices carry User and EnableDate.
const aliceDevice = { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/alice`, User: { UserName: 'alice', Arn: userArn('alice'), UserId: 'AIDAALICE', Path: '/', CreateDate: NOW }, EnableDate: NOW };
const rootDefaultName = { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, User: { Arn: ROOT_ARN, UserId: ACCOUNT, UserName: '', Path: '', CreateDate: NOW }, EnableDate: NOW };

describe('iam.root-hardware-mfa-enabled', () => {
  it('PASS when root MFA is on and the only virtual devices belong to users or are unassigned', async () => {
    mfaOn();
    iam.on(ListVirtualMFADevicesCommand).resolves({
      VirtualMFADevices: [aliceDevice, { SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device` }], // the second was created, never enabled
      IsTruncated: false,
    });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { arn: ROOT_ARN, type: 'AWS::IAM::Root' }, evidence: { AccountMFAEnabled: 1, rootVirtualMfaSerialNumbers: [] } },
    ]);
  });

  it('FAIL when a virtual device is assigned to root under the console default name', async () => {
    mfaOn();
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [aliceDevice, rootDefaultName] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { rootVirtualMfaSerialNumbers: [rootDefaultName.SerialNumber] } }]);
  });

  it('FAIL when a custom-named virtual device is assigned to the root ARN (root may have several MFA devices)', async () => {
    mfaOn();
    const custom = { ...rootDefaultName, SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/my-phone` };
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [custom] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { rootVirtualMfaSerialNumbers: [custom.SerialNumber] } }]);
  });

  it('FAIL when root has no MFA at all', async () => {
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 0 } });
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { AccountMFAEnabled: 0 } }]);
  });

  it('reads every page of ListVirtualMFADevices', async () => {
    mfaOn();
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [aliceDevice], IsTruncated: true, Marker: 'm1' });
    iam.on(ListVirtualMFADevicesCommand, { Marker: 'm1' }).resolves({ VirtualMFADevices: [rootDefaultName], IsTruncated: false });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL' }]);
  });

  it('ERROR naming the permission when ListVirtualMFADevices is denied', async () => {
    mfaOn();
    iam.on(ListVirtualMFADevicesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:ListVirtualMFADevices') }]);
  });
});
