import { defineCheck } from '../../src/check/define.js';

/** RSA of 2048 bits or more and the NIST curves ACM supports; anything else (RSA_1024, an unknown algorithm) fails. */
const strongKey = (alg: string | null): boolean => {
  const rsa = /^RSA_(\d+)$/.exec(alg ?? '');
  return rsa ? Number(rsa[1]) >= 2048 : /^EC_(prime256v1|secp384r1|secp521r1)$/.test(alg ?? '');
};
/** Certificate signatures made with SHA-1 or MD5 can be forged. */
const weakSignature = (alg: string | null): boolean => /SHA1|MD5|MD2/i.test(alg ?? '');

export default defineCheck({
  id: 'acm.certificate-key-strong',
  title: 'ACM certificates use strong keys and signatures',
  description:
    'A 1024-bit RSA key or a SHA-1 signature can be broken or forged with practical resources, undoing the TLS that protects data ' +
    'in transit. Judged: every certificate of the region, of every key type: KeyAlgorithm from ListCertificates must be RSA of ' +
    '2048 bits or more or EC_prime256v1/secp384r1/secp521r1, and SignatureAlgorithm from DescribeCertificate must not be SHA-1 or ' +
    'MD5 based (imported certificates can carry either).',
  service: 'acm',
  resourceType: 'AWS::CertificateManager::Certificate',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Request a new ACM certificate (RSA 2048 or ECDSA P-256/P-384) or import one with a strong key and SHA-256 signature, move the resources using the old one to it, then delete the old certificate.',
    cli: 'aws acm request-certificate --domain-name <domain> --validation-method DNS --key-algorithm EC_prime256v1',
    url: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html#algorithms',
  },
  async run({ scope, inventory, result }) {
    const certs = await inventory.acm.certificates(scope.region);
    const ref = (c: (typeof certs)[number]) => ({ arn: c.CertificateArn!, id: c.CertificateArn!.split('/').pop()! });
    return result.forEach(certs, ref, async (c) => {
      const detail = await inventory.acm.certificate(scope.region, c.CertificateArn!);
      const KeyAlgorithm = c.KeyAlgorithm ?? detail.KeyAlgorithm ?? null;
      const SignatureAlgorithm = detail.SignatureAlgorithm ?? null;
      const evidence = { DomainName: c.DomainName ?? null, Type: c.Type ?? null, KeyAlgorithm, SignatureAlgorithm, InUse: c.InUse ?? null };
      const problems = [...(strongKey(KeyAlgorithm) ? [] : [`key ${KeyAlgorithm ?? 'of unknown algorithm'}`]), ...(weakSignature(SignatureAlgorithm) ? [`signature ${SignatureAlgorithm}`] : [])];
      return problems.length === 0
        ? result.pass(ref(c), `Certificate for ${c.DomainName} uses a ${KeyAlgorithm} key${SignatureAlgorithm ? ` and a ${SignatureAlgorithm} signature` : ''}`, evidence)
        : result.fail(ref(c), `Certificate for ${c.DomainName} has a weak ${problems.join(' and a weak ')}`, evidence);
    });
  },
});
