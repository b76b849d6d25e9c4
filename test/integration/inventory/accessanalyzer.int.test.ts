import { CreateOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { beforeAll, describe, expect, it } from 'vitest';
import check from '../../../checks/accessanalyzer/enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const STANDALONE = '270000000008';
const MANAGEMENT = '270000000009';

describe('accessanalyzer and organizations inventory against moto', () => {
  beforeAll(async () => {
    await seedClient(OrganizationsClient, MANAGEMENT).send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  });

  it('analyzers: moto 5.2 does not implement IAM Access Analyzer; the getter rejects with a classified error and the check is ERROR, never PASS or FAIL', async () => {
    const { inventory } = motoInventory(STANDALONE);
    await expect(inventory.accessanalyzer.analyzers('eu-west-1')).rejects.toMatchObject({ name: 'InventoryError', operation: 'ListAnalyzers', iamAction: 'access-analyzer:ListAnalyzers' });
    expect(await runCheck(check, { region: 'eu-west-1', inventory, account: STANDALONE })).toMatchObject([{ status: 'ERROR' }]);
  });

  it('organization(): null outside an organization (AWSOrganizationsNotInUseException), the organization inside one', async () => {
    expect(await motoInventory(STANDALONE).inventory.organizations.organization()).toBeNull();
    expect(await motoInventory(MANAGEMENT).inventory.organizations.organization()).toMatchObject({ Id: expect.stringMatching(/^o-/), MasterAccountId: MANAGEMENT, FeatureSet: 'ALL' });
  });
});
