import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'iam.server-certificates-not-expired',
  title: 'No expired SSL/TLS server certificates are stored in IAM',
  description:
    'An expired certificate left in IAM can be deployed to a load balancer or CloudFront by mistake, breaking TLS for clients and ' +
    'undermining trust in the service (CIS: expired certificates stored in IAM are removed). Judged: every server certificate by its ' +
    'Expiration against the scan time. Not judged: certificates in AWS Certificate Manager.',
  service: 'iam',
  resourceType: 'AWS::IAM::ServerCertificate',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Delete the expired certificate (after checking nothing still references it); manage new certificates in AWS Certificate Manager.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <certificate-name>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html',
  },
  async run({ inventory, result, now }) {
    const certs = await inventory.iam.serverCertificates();
    return certs.map((c) => {
      const ref = { arn: c.Arn ?? '', id: c.ServerCertificateName ?? c.ServerCertificateId ?? '' };
      const expires = c.Expiration;
      const evidence = { Expiration: expires?.toISOString() ?? null, UploadDate: c.UploadDate?.toISOString() ?? null };
      // Compliance must be shown: a certificate whose expiry is not known is not shown to be valid.
      if (!expires) return result.fail(ref, `Server certificate ${ref.id} has no known expiration date`, evidence);
      return expires.getTime() <= now.getTime()
        ? result.fail(ref, `Server certificate ${ref.id} expired on ${expires.toISOString().slice(0, 10)}`, evidence)
        : result.pass(ref, `Server certificate ${ref.id} is valid until ${expires.toISOString().slice(0, 10)}`, evidence);
    });
  },
});
