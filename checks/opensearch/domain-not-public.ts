import { defineCheck } from '../../src/check/define.js';
import { parseOrInvalid } from '../../src/aws/invalid-data.js';
import { domainRef, domainsSource, inVpc } from '../../src/check/kit/opensearch-refs.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';
import { publicStatements, statementEvidence } from '../../src/lib/resource-policy.js';

export default defineCheck({
  id: 'opensearch.domain-not-public',
  title: 'OpenSearch Service domains do not let anyone on the internet query them',
  description:
    'A domain created with VPC access is reachable only from its VPC and passes. A domain with a public endpoint is reachable from the internet, and its ' +
    'access policy decides who may call it: the domain fails when a statement grants to everyone ("*") without a condition that pins the caller ' +
    '(the project\'s single resource-policy reading; an aws:SourceIp range of /8 or narrower counts as pinning). ' +
    'An open policy passes only when fine-grained access control authenticates every request (AdvancedSecurityOptions.Enabled, AnonymousAuthEnabled not true), ' +
    'the setup AWS documents for fine-grained access control. No access policy means only IAM identities of the account may sign requests: it passes. ' +
    'Duty identity-access: under PaaS the network layer is the provider\'s, and what the customer owns here is the access policy.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'critical',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Put the domain in a VPC, or limit its access policy to named IAM principals (or narrow source IP ranges), or enable fine-grained access control.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://policy.json',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    // forEach: an unreadable access policy is ERROR for that domain only.
    return result.forEach(domains, domainRef, (d) => {
      const ref = domainRef(d);
      if (inVpc(d)) return result.pass(ref, `Domain ${d.DomainName} has a VPC endpoint only`, { VPCOptions: { VPCId: d.VPCOptions?.VPCId ?? null } });
      const text = d.AccessPolicies?.trim();
      if (!text) return result.pass(ref, `Domain ${d.DomainName} has a public endpoint and no access policy: only signed requests of the account's IAM identities`, { VPCOptions: null, AccessPolicies: null });
      const doc = parseOrInvalid(domainsSource(scope), `access policy of domain ${d.DomainName}`, () => parsePolicyDocument(text));
      const open = publicStatements(doc, 'opensearch');
      const fgac = d.AdvancedSecurityOptions;
      const evidence = {
        VPCOptions: null,
        publicStatements: open.map(statementEvidence),
        AdvancedSecurityOptions: { Enabled: fgac?.Enabled ?? null, AnonymousAuthEnabled: fgac?.AnonymousAuthEnabled ?? null },
      };
      if (!open.length) return result.pass(ref, `Domain ${d.DomainName} has a public endpoint; its access policy grants to named principals or pinned callers only`, evidence);
      if (fgac?.Enabled === true && fgac.AnonymousAuthEnabled !== true) {
        return result.pass(ref, `Domain ${d.DomainName} has a public endpoint and an open access policy; fine-grained access control authenticates every request`, evidence);
      }
      return result.fail(ref, `Domain ${d.DomainName} has a public endpoint and its access policy grants to everyone (${open.length} statement(s))`, evidence);
    });
  },
});
