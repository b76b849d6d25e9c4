import { defineCheck } from '../../src/check/define.js';
import { domainRef } from '../../src/check/kit/opensearch-refs.js';

/** The domain endpoint TLS policies whose minimum is TLS 1.2 (Policy-Min-TLS-1-2-2019-07, -PFS-2023-10, -RFC9151-FIPS-…). */
const TLS12_MIN = /^Policy-Min-TLS-1-2-/;

export default defineCheck({
  id: 'opensearch.https-tls12-required',
  title: 'OpenSearch Service domains accept HTTPS only, with TLS 1.2 or later',
  description:
    'Without EnforceHTTPS the domain endpoint answers plain HTTP, so queries, documents and credentials (basic auth of fine-grained access control) travel in clear; ' +
    'the TLS policy Policy-Min-TLS-1-0-2019-07 still accepts TLS 1.0 and 1.1. Passes with EnforceHTTPS and a Policy-Min-TLS-1-2-* security policy.',
  service: 'opensearch',
  resourceType: 'AWS::OpenSearchService::Domain',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Require HTTPS on the domain endpoint with a TLS 1.2 minimum security policy.',
    cli: 'aws opensearch update-domain-config --domain-name <domain> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  },
  async run({ scope, inventory, result }) {
    const domains = await inventory.opensearch.domains(scope.region);
    return domains.map((d) => {
      const o = d.DomainEndpointOptions;
      const evidence = { DomainEndpointOptions: { EnforceHTTPS: o?.EnforceHTTPS ?? null, TLSSecurityPolicy: o?.TLSSecurityPolicy ?? null } };
      if (o?.EnforceHTTPS !== true) return result.fail(domainRef(d), `Domain ${d.DomainName} accepts plain HTTP (EnforceHTTPS ${String(o?.EnforceHTTPS)})`, evidence);
      if (!TLS12_MIN.test(o.TLSSecurityPolicy ?? '')) return result.fail(domainRef(d), `Domain ${d.DomainName} accepts TLS older than 1.2 (TLSSecurityPolicy ${String(o.TLSSecurityPolicy)})`, evidence);
      return result.pass(domainRef(d), `Domain ${d.DomainName} requires HTTPS with ${o.TLSSecurityPolicy}`, evidence);
    });
  },
});
