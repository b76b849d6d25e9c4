import { EnableSecurityHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { beforeAll, describe, expect, it } from 'vitest';
import check from '../../../checks/securityhub/enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '270000000005';

describe('securityhub inventory against moto', () => {
  beforeAll(async () => {
    await seedClient(SecurityHubClient, ACCOUNT, 'eu-west-1').send(new EnableSecurityHubCommand({ EnableDefaultStandards: false }));
  });

  it('hub(region): the hub where enabled; null where "not subscribed" (InvalidAccessException)', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await inventory.securityhub.hub('eu-west-1')).toMatchObject({ HubArn: `arn:aws:securityhub:eu-west-1:${ACCOUNT}:hub/default`, AutoEnableControls: true, SubscribedAt: expect.any(String) });
    expect(await inventory.securityhub.hub('us-east-2')).toBeNull();
  });

  it('administrator(region): null for an account outside any organization', async () => {
    // moto answers {} unless an organization with a Security Hub delegated administrator exists.
    expect(await motoInventory(ACCOUNT).inventory.securityhub.administrator('eu-west-1')).toBeNull();
  });

  it('securityhub.enabled: PASS where enabled, FAIL where not', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await runCheck(check, { region: 'eu-west-1', inventory, account: ACCOUNT })).toMatchObject([{ status: 'PASS', evidence: { AutoEnableControls: true } }]);
    expect(await runCheck(check, { region: 'us-east-2', inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL', resource: { id: `${ACCOUNT}/us-east-2` } }]);
  });
});
