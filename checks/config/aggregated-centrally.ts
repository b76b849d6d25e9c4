import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'config.aggregated-centrally',
  title: 'The account\'s AWS Config data is aggregated into a central, all-region view',
  description:
    'Drift in one account is seen in time only where someone looks: an aggregator gives the security team one view over every account and ' +
    'region. PASS when this account runs an aggregator over all regions (an organization aggregator, or one that lists this account), or has ' +
    'authorized another account\'s aggregator to collect its data. In an organization, an organization aggregator in the management or ' +
    'Config delegated-administrator account covers every member without any trace in the member: a member account with neither is ERROR ' +
    '(judge it in that account), never a FAIL. FAIL for a standalone account with neither.',
  service: 'config',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  severity: 'low',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'In the management or Config delegated-administrator account, create an organization aggregator over all regions (or authorize the central account\'s aggregator from this account).',
    cli: 'aws configservice put-configuration-aggregator --configuration-aggregator-name org --organization-aggregation-source RoleArn=<role-arn>,AllAwsRegions=true',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/aggregate-data.html',
  },
  async run({ scope, inventory, result, regions }) {
    const ref = { arn: formatArn(scope.partition, 'config', '', scope.account, 'config-aggregator/*'), id: scope.account };
    const perRegion = await Promise.all(regions.map(async (r) => ({ r, aggregators: await inventory.config.aggregators(r), authorizations: await inventory.config.aggregationAuthorizations(r) })));
    const aggregators = perRegion.flatMap(({ r, aggregators }) => aggregators.map((a) => ({ region: r, a })));
    const covering = aggregators.filter(({ a }) =>
      a.OrganizationAggregationSource?.AllAwsRegions === true ||
      (a.AccountAggregationSources ?? []).some((s) => s.AllAwsRegions === true && (s.AccountIds ?? []).includes(scope.account)));
    const authorizations = perRegion.flatMap(({ authorizations }) => authorizations.map((z) => ({ AuthorizedAccountId: z.AuthorizedAccountId ?? '', AuthorizedAwsRegion: z.AuthorizedAwsRegion ?? '' })));
    const evidence = {
      aggregators: aggregators.map(({ region, a }) => ({ name: a.ConfigurationAggregatorName ?? '', region, organization: !!a.OrganizationAggregationSource, allRegions: a.OrganizationAggregationSource?.AllAwsRegions ?? (a.AccountAggregationSources ?? []).every((s) => s.AllAwsRegions === true) })),
      authorizations,
    };
    if (covering.length) return [result.pass(ref, `Account ${scope.account} runs aggregator ${covering[0]!.a.ConfigurationAggregatorName} over all regions`, evidence)];
    if (authorizations.length) {
      const to = [...new Set(authorizations.map((z) => `${z.AuthorizedAccountId} (${z.AuthorizedAwsRegion})`))];
      return [result.pass(ref, `Account ${scope.account} lets the aggregator of ${to.join(', ')} collect its Config data`, evidence)];
    }
    const org = await inventory.organizations.organization();
    if (org && org.MasterAccountId !== scope.account) {
      return [{
        status: 'ERROR' as const,
        resource: ref,
        message: `Could not evaluate: account ${scope.account} is a member of organization ${org.Id}; an organization aggregator in the management account (${org.MasterAccountId}) or the Config delegated administrator would cover it and is visible only there: scan that account`,
        evidence: { ...evidence, organization: org.Id ?? null, managementAccount: org.MasterAccountId ?? null },
      }];
    }
    return [result.fail(ref, `Account ${scope.account} neither runs an all-region aggregator nor lets another account aggregate its Config data`, { ...evidence, organization: org?.Id ?? null })];
  },
});
