import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { beforeAll, describe, expect, it } from 'vitest';
import check from '../../../checks/guardduty/enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '270000000002';
const MEMBER = '270000000003';
const detectorIds: Record<string, string> = {};

describe('guardduty inventory against moto', () => {
  beforeAll(async () => {
    detectorIds.on = (await seedClient(GuardDutyClient, ACCOUNT, 'eu-west-1').send(new CreateDetectorCommand({ Enable: true }))).DetectorId!;
    detectorIds.off = (await seedClient(GuardDutyClient, ACCOUNT, 'us-west-2').send(new CreateDetectorCommand({ Enable: false }))).DetectorId!;
    // A member whose detector the administrator enabled: in moto it is just the account's own detector.
    // moto 5.2 cannot represent the administrator relationship: EnableOrganizationAdminAccount answers 200
    // but GetAdministratorAccount stays empty (the unit tests cover the member shape AWS returns).
    detectorIds.member = (await seedClient(GuardDutyClient, MEMBER, 'eu-west-1').send(new CreateDetectorCommand({ Enable: true }))).DetectorId!;
  });

  it('detectors(region): each detector with its status; none is an empty list', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await inventory.guardduty.detectors('eu-west-1')).toMatchObject([{ DetectorId: detectorIds.on, Status: 'ENABLED' }]);
    expect(await inventory.guardduty.detectors('us-west-2')).toMatchObject([{ DetectorId: detectorIds.off, Status: 'DISABLED' }]);
    expect(await inventory.guardduty.detectors('us-east-2')).toEqual([]);
  });

  it('administrator: null for an account that is no GuardDuty member (moto answers {})', async () => {
    expect(await motoInventory(ACCOUNT).inventory.guardduty.administrator('eu-west-1', detectorIds.on!)).toBeNull();
  });

  it('guardduty.enabled: PASS where enabled, FAIL where disabled and where absent; a second account PASSes on its own detector', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await runCheck(check, { region: 'eu-west-1', inventory, account: ACCOUNT })).toMatchObject([{ status: 'PASS', resource: { id: detectorIds.on } }]);
    expect(await runCheck(check, { region: 'us-west-2', inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL', evidence: { Status: 'DISABLED' } }]);
    expect(await runCheck(check, { region: 'us-east-2', inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL', resource: { id: `${ACCOUNT}/us-east-2` } }]);
    const member = motoInventory(MEMBER).inventory;
    expect(await runCheck(check, { region: 'eu-west-1', inventory: member, account: MEMBER })).toMatchObject([{ status: 'PASS', resource: { id: detectorIds.member } }]);
  });
});
