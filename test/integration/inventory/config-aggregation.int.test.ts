import { ConfigServiceClient, PutAggregationAuthorizationCommand, PutConfigurationAggregatorCommand } from '@aws-sdk/client-config-service';
import { describe, expect, it } from 'vitest';
import check from '../../../checks/config/aggregated-centrally.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const verdict = async (account: string) => (await runCheck(check, { account, regions: REGIONS, inventory: motoInventory(account).inventory }))[0];

describe('config.aggregated-centrally against moto', () => {
  it('PASS for the aggregating account and for one that authorized it; FAIL for a standalone account with neither', async () => {
    await seedClient(ConfigServiceClient, '290000000005', 'eu-west-1').send(new PutConfigurationAggregatorCommand({
      ConfigurationAggregatorName: 'all-accounts', AccountAggregationSources: [{ AccountIds: ['290000000005', '290000000006'], AllAwsRegions: true }],
    }));
    await seedClient(ConfigServiceClient, '290000000006', 'us-east-1').send(new PutAggregationAuthorizationCommand({ AuthorizedAccountId: '290000000005', AuthorizedAwsRegion: 'eu-west-1' }));
    expect(await verdict('290000000005')).toMatchObject({ status: 'PASS', message: expect.stringContaining('all-accounts') });
    expect(await verdict('290000000006')).toMatchObject({ status: 'PASS', message: expect.stringContaining('290000000005 (eu-west-1)') });
    // moto answers DescribeOrganization with AWSOrganizationsNotInUseException for an account in no organization.
    expect(await verdict('290000000009')).toMatchObject({ status: 'FAIL' });
  });
});
