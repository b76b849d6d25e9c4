import { defineCheck } from '../../src/check/define.js';
import { domainRef } from '../../src/check/kit/opensearch-refs.js';

export default defineCheck({
  id: 'opensearch.encryption-at-rest-enabled',
  title: 'OpenSearch Service domains encrypt data at rest',
  description: 'Without encryption at rest, indices, swap files, logs on the nodes and automated snapshots are stored in clear text.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable encryption at rest (an AWS owned or a customer managed KMS key); domains on OpenSearch or Elasticsearch 6.7+ can enable it in place.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --encryption-at-rest-options Enabled=true',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    return domains.map((d) => {
      const o = d.EncryptionAtRestOptions;
      const evidence = { EncryptionAtRestOptions: { Enabled: o?.Enabled ?? null, ...(o?.KmsKeyId ? { KmsKeyId: o.KmsKeyId } : {}) } };
      return o?.Enabled === true
        ? result.pass(domainRef(d), `Domain ${d.DomainName} encrypts data at rest`, evidence)
        : result.fail(domainRef(d), `Domain ${d.DomainName} does not encrypt data at rest (Enabled ${String(o?.Enabled)})`, evidence);
    });
  },
});
