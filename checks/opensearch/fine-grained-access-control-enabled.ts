import { defineCheck } from '../../src/check/define.js';
import { domainRef } from '../../src/check/kit/opensearch-refs.js';

export default defineCheck({
  id: 'opensearch.fine-grained-access-control-enabled',
  title: 'OpenSearch Service domains use fine-grained access control',
  description:
    'Without fine-grained access control, whoever the access policy lets in may read and write every index; with it, roles limit each user to indices, ' +
    'documents and fields, and audit logs become available. Anonymous authentication (AnonymousAuthEnabled, a migration setting) lets unauthenticated ' +
    'requests through with the anonymous role, so it fails too.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable fine-grained access control with an IAM master user (or the internal user database), map roles to users, and turn anonymous authentication off.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --advanced-security-options "Enabled=true,AnonymousAuthEnabled=false,MasterUserOptions={MasterUserARN=<role-arn>}"',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    return domains.map((d) => {
      const a = d.AdvancedSecurityOptions;
      const evidence = { AdvancedSecurityOptions: { Enabled: a?.Enabled ?? null, InternalUserDatabaseEnabled: a?.InternalUserDatabaseEnabled ?? null, AnonymousAuthEnabled: a?.AnonymousAuthEnabled ?? null } };
      if (a?.Enabled !== true) return result.fail(domainRef(d), `Domain ${d.DomainName} does not use fine-grained access control (Enabled ${String(a?.Enabled)})`, evidence);
      if (a.AnonymousAuthEnabled === true) return result.fail(domainRef(d), `Domain ${d.DomainName} uses fine-grained access control but lets anonymous requests in (AnonymousAuthEnabled true)`, evidence);
      return result.pass(domainRef(d), `Domain ${d.DomainName} uses fine-grained access control`, evidence);
    });
  },
});
