import { defineCheck } from '../../src/check/define.js';
import { domainRef } from '../../src/check/kit/opensearch-refs.js';

export default defineCheck({
  id: 'opensearch.node-to-node-encryption-enabled',
  title: 'OpenSearch Service domains encrypt traffic between their nodes',
  description: 'Without node-to-node encryption, shard replication and queries between the domain\'s nodes cross the VPC in clear text. Fine-grained access control requires it.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable node-to-node encryption (in place on OpenSearch and Elasticsearch 6.7+).',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --node-to-node-encryption-options Enabled=true',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    return domains.map((d) => {
      const enabled = d.NodeToNodeEncryptionOptions?.Enabled;
      const evidence = { NodeToNodeEncryptionOptions: { Enabled: enabled ?? null } };
      return enabled === true
        ? result.pass(domainRef(d), `Domain ${d.DomainName} encrypts node-to-node traffic`, evidence)
        : result.fail(domainRef(d), `Domain ${d.DomainName} does not encrypt node-to-node traffic (Enabled ${String(enabled)})`, evidence);
    });
  },
});
