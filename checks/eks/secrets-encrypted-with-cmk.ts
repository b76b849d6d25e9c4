import { defineCheck } from '../../src/check/define.js';
import { compareMinorVersions, parseMinorVersion } from '../../src/lib/eks-versions.js';

export default defineCheck({
  id: 'eks.secrets-encrypted-with-cmk',
  title: 'EKS clusters envelope-encrypt Kubernetes secrets with a customer-managed KMS key',
  description:
    'Kubernetes Secrets hold service-account tokens, database passwords and TLS keys. Since Kubernetes 1.28 EKS envelope-encrypts ' +
    'all Kubernetes API data with an AWS-owned KMS key by default; before 1.28 Secrets are only protected by the etcd volumes\' disk ' +
    'encryption. Only a key of the customer\'s (encryptionConfig with resources ["secrets"] and provider.keyArn) lets the customer ' +
    'control, audit (CloudTrail Decrypt events) and revoke access to the data. Fails when no encryptionConfig entry covers ' +
    '"secrets" with a key ARN; the evidence says whether the AWS-owned default applies (version >= 1.28).',
  service: 'eks',
  resourceType: 'AWS::EKS::Cluster',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Associate a symmetric customer-managed KMS key with the cluster for secrets encryption (irreversible; the key must stay enabled).',
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<kms-key-arn>"}}]\'',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const names = await inventory.eks.clusterNames(scope.region);
    const ref = (name: string) => ({ arn: `arn:${scope.partition}:eks:${scope.region}:${scope.account}:cluster/${name}`, id: name });
    return result.forEach(names, ref, async (name) => {
      const c = await inventory.eks.cluster(scope.region, name);
      const entry = (c.encryptionConfig ?? []).find((e) => (e.resources ?? []).includes('secrets') && e.provider?.keyArn);
      const version = c.version ?? null;
      const awsOwnedDefault = version !== null && parseMinorVersion(version) !== undefined && compareMinorVersions(version, '1.28') >= 0;
      const evidence = { keyArn: entry?.provider?.keyArn ?? null, resources: entry?.resources ?? [], version, awsOwnedKeyDefaultEncryption: awsOwnedDefault };
      const r = { arn: c.arn ?? ref(name).arn, id: name };
      return entry
        ? result.pass(r, `Cluster ${name} encrypts secrets with KMS key ${entry.provider!.keyArn}`, evidence)
        : result.fail(r, awsOwnedDefault
          ? `Cluster ${name} encrypts secrets only with the AWS-owned default key`
          : `Cluster ${name} (Kubernetes ${version ?? 'unknown'}) has no envelope encryption of secrets`, evidence);
    });
  },
});
