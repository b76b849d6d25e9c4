import { defineCheck } from '../../src/check/define.js';
import { clusterRef } from '../../src/check/kit/redshift-refs.js';

export default defineCheck({
  id: 'redshift.cluster-encrypted',
  title: 'Redshift clusters encrypt their data at rest',
  description:
    'An unencrypted cluster keeps its data blocks, system metadata and snapshots in clear text. Redshift encrypts new clusters by default since January 2025; ' +
    'older clusters may still be unencrypted and can be encrypted in place.',
  service: 'redshift',
  resourceType: 'AWS::Redshift::Cluster',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable encryption on the cluster (an AWS owned or a customer managed KMS key); Redshift migrates the data in place.',
    cli: 'aws redshift modify-cluster --cluster-identifier <cluster> --encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const clusters = await inventory.redshift.clusters(scope.region);
    return clusters.map((c) => {
      const ref = clusterRef(scope, c.ClusterIdentifier!);
      const evidence = { Encrypted: c.Encrypted ?? null, ...(c.KmsKeyId ? { KmsKeyId: c.KmsKeyId } : {}) };
      return c.Encrypted === true
        ? result.pass(ref, `Cluster ${c.ClusterIdentifier} is encrypted`, evidence)
        : result.fail(ref, `Cluster ${c.ClusterIdentifier} is not encrypted (Encrypted ${String(c.Encrypted)})`, evidence);
    });
  },
});
