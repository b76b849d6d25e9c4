import { defineCheck } from '../../src/check/define.js';

const DAY_MS = 86_400_000;

export default defineCheck({
  id: 'acm.certificate-not-expiring',
  title: 'ACM certificates in use are not expired or about to expire',
  description:
    'An expired certificate breaks TLS for every client of the load balancer, distribution or API using it; one that ACM has not ' +
    'renewed weeks before expiry (ACM renews eligible Amazon-issued certificates 60 days ahead) points at a broken DNS validation ' +
    'record or an imported certificate nobody re-imports. Judged: every ISSUED or EXPIRED certificate of the region, of every key ' +
    'type (ListCertificates): FAIL when NotAfter has passed, or when it falls within daysBeforeExpiry and InUse is not false. ' +
    'Certificates not in use that expire soon pass, with InUse in evidence. Not judged: certificates pending validation, failed, ' +
    'revoked or inactive (they serve no one).',
  service: 'acm',
  resourceType: 'AWS::CertificateManager::Certificate',
  severity: 'high',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  options: { daysBeforeExpiry: 30 },
  remediation: {
    text: 'Renew or re-import the certificate (for Amazon-issued ones, fix the DNS validation record so managed renewal succeeds), or replace it on the resources using it; delete expired certificates nothing uses.',
    cli: 'aws acm describe-certificate --certificate-arn <arn> --query Certificate.RenewalSummary',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html',
  },
  async run({ scope, inventory, result, options, now }) {
    const certs = (await inventory.acm.certificates(scope.region)).filter((c) => c.Status === 'ISSUED' || c.Status === 'EXPIRED');
    return certs.map((c) => {
      const ref = { arn: c.CertificateArn!, id: c.CertificateArn!.split('/').pop()! };
      const notAfter = c.NotAfter ?? null;
      const evidence = { DomainName: c.DomainName ?? null, Status: c.Status ?? null, Type: c.Type ?? null, NotAfter: notAfter?.toISOString() ?? null, InUse: c.InUse ?? null, daysBeforeExpiry: options.daysBeforeExpiry };
      if (!notAfter) return result.fail(ref, `Certificate for ${c.DomainName} has no known expiry date`, evidence);
      const days = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
      if (days < 0 || c.Status === 'EXPIRED') return result.fail(ref, `Certificate for ${c.DomainName} expired on ${notAfter.toISOString().slice(0, 10)}`, evidence);
      if (days < options.daysBeforeExpiry && c.InUse !== false) return result.fail(ref, `Certificate for ${c.DomainName}, in use, expires in ${days} days (${notAfter.toISOString().slice(0, 10)})`, evidence);
      return result.pass(ref, `Certificate for ${c.DomainName} is valid until ${notAfter.toISOString().slice(0, 10)}${c.InUse === false && days < options.daysBeforeExpiry ? ' and is not in use' : ''}`, evidence);
    });
  },
});
