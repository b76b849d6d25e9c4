import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

/** External-access analyzers; unused-access and internal-access analyzers do not look for external sharing. */
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION']);

export default defineCheck({
  id: 'accessanalyzer.enabled',
  title: 'An active IAM Access Analyzer external-access analyzer exists in every scanned region',
  description:
    'IAM Access Analyzer reports resources (buckets, keys, roles, queues …) whose policies grant access to principals outside the zone of trust, ' +
    'and it analyzes only the region it runs in. Passes when the account has an ACTIVE analyzer of type ACCOUNT or ORGANIZATION in the region; ' +
    'unused-access and internal-access analyzers do not count. An organization analyzer is owned by the management or delegated administrator ' +
    'account and cannot be listed from a member account, so a member account without an analyzer of its own FAILs, with the organization in the ' +
    'evidence: suppress with a reason if an organization analyzer covers it.',
  service: 'accessanalyzer',
  resourceType: 'AWS::AccessAnalyzer::Analyzer',
  severity: 'medium',
  duty: 'monitoring',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Create an external-access analyzer in every region: type ACCOUNT in each account, or type ORGANIZATION from the delegated administrator account.',
    cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-getting-started.html',
  },
  async run({ scope, inventory, result }) {
    const analyzers = await inventory.accessanalyzer.analyzers(scope.region);
    const listed = analyzers.map((a) => ({ name: a.name ?? null, type: a.type ?? null, status: a.status ?? null }));
    const active = analyzers.filter((a) => EXTERNAL_ACCESS_TYPES.has(a.type ?? '') && a.status === 'ACTIVE');
    const id = `${scope.account}/${scope.region}`;
    if (active.length) {
      const names = active.map((a) => a.name ?? a.arn).join(', ');
      return [result.pass({ arn: active[0]!.arn ?? '', id }, `Access Analyzer ${names} is active in ${scope.region}`, { analyzers: listed })];
    }
    const ref = { arn: formatArn(scope.partition, 'access-analyzer', scope.region, scope.account, 'analyzer/*'), id };
    const org = await inventory.organizations.organization();
    const why = analyzers.length ? `no ACTIVE external-access analyzer among ${listed.map((a) => `${a.name} (${a.type}, ${a.status})`).join(', ')}` : 'no analyzer';
    // An organization analyzer is listed only in the account that owns it (management or delegated administrator).
    const orgNote = org ? `; the account belongs to organization ${org.Id} (management account ${org.MasterAccountId}), whose analyzers in other accounts are not visible from here` : '';
    return [
      result.fail(ref, `Access Analyzer has ${why} in ${scope.region}${orgNote}`, {
        analyzers: listed,
        OrganizationId: org?.Id ?? null,
        ...(org ? { MasterAccountId: org.MasterAccountId ?? null } : {}),
      }),
    ];
  },
});
