import { ConfigServiceClient, DescribeAggregationAuthorizationsCommand, DescribeConfigurationAggregatorsCommand } from '@aws-sdk/client-config-service';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/config/aggregated-centrally.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const config = mockClient(ConfigServiceClient);
const orgs = mockClient(OrganizationsClient);
const REGIONS = ['us-east-1', 'eu-west-1'];
beforeEach(() => {
  config.reset();
  orgs.reset();
  config.on(DescribeConfigurationAggregatorsCommand).resolves({ ConfigurationAggregators: [] });
  config.on(DescribeAggregationAuthorizationsCommand).resolves({ AggregationAuthorizations: [] });
  orgs.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', { status: 400 }));
});
const member = () => orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abc123', MasterAccountId: '999999999999', Arn: 'arn:aws:organizations::999999999999:organization/o-abc123', FeatureSet: 'ALL' } });

describe('config.aggregated-centrally', () => {
  it('PASS for the account running an organization aggregator over all regions', async () => {
    config.on(DescribeConfigurationAggregatorsCommand).callsFake((_input: unknown, getClient: () => { config: { region: () => Promise<string> } }) =>
      getClient().config.region().then((r) => ({ ConfigurationAggregators: r === 'eu-west-1' ? [{ ConfigurationAggregatorName: 'org', OrganizationAggregationSource: { RoleArn: 'arn:aws:iam::111122223333:role/agg', AllAwsRegions: true } }] : [] })));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS', region: 'global', resource: { id: '111122223333' }, evidence: { aggregators: [{ name: 'org', region: 'eu-west-1', organization: true, allRegions: true }] }, srm: { duty: 'configuration-management' } }]);
  });

  it('PASS for an account that authorized a central aggregator', async () => {
    config.on(DescribeAggregationAuthorizationsCommand).resolves({ AggregationAuthorizations: [{ AuthorizedAccountId: '444455556666', AuthorizedAwsRegion: 'us-east-1' }] });
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'PASS', message: expect.stringContaining('444455556666 (us-east-1)') }]);
  });

  it('a member account with no trace is ERROR naming the management account, never FAIL', async () => {
    member();
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('999999999999'), evidence: { organization: 'o-abc123' } }]);
  });

  it('FAIL for a standalone account, and for an aggregator limited to some regions', async () => {
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'FAIL', evidence: { organization: null } }]);
    config.on(DescribeConfigurationAggregatorsCommand).resolves({ ConfigurationAggregators: [{ ConfigurationAggregatorName: 'partial', AccountAggregationSources: [{ AccountIds: ['111122223333'], AwsRegions: ['us-east-1'], AllAwsRegions: false }] }] });
    expect(await runCheck(check, { regions: ['us-east-1'] })).toMatchObject([{ status: 'FAIL', evidence: { aggregators: [{ name: 'partial', allRegions: false }] } }]);
  });

  it('ERROR naming the permission when aggregators cannot be listed', async () => {
    config.on(DescribeConfigurationAggregatorsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { regions: REGIONS })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('config:DescribeConfigurationAggregators') }]);
  });
});
