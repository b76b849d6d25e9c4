import { defineCheck } from '../../src/check/define.js';
import { elasticacheCaches, isMemcached } from '../../src/check/kit/elasticache-caches.js';

export default defineCheck({
  id: 'elasticache.at-rest-encryption-enabled',
  title: 'ElastiCache Redis OSS and Valkey caches encrypt data at rest',
  description:
    'Redis OSS and Valkey write data to disk: swap, backups (snapshots) exported to S3 and data tiering on SSD. Without at-rest encryption those copies are clear text. ' +
    'Judged per replication group and per standalone Redis OSS cluster; a cluster created outside a replication group cannot be encrypted at rest, so it fails. ' +
    'Node-based memcached clusters are not judged: memcached keeps data in memory only, has no snapshots, and ElastiCache offers no at-rest encryption for it ' +
    '(serverless caches, always encrypted, are not listed by these APIs).',
  service: 'elasticache',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'At-rest encryption is chosen at creation: create an encrypted replication group (optionally with a customer managed KMS key) from a backup of the old one and switch clients over.',
    cli: 'aws elasticache create-replication-group --replication-group-id <new-id> --replication-group-description <text> --engine valkey --at-rest-encryption-enabled --snapshot-name <backup>',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const caches = (await elasticacheCaches(inventory, scope.region)).filter((c) => !isMemcached(c));
    return caches.map((c) => {
      const src = c.group ?? c.cluster!;
      const evidence = { Engine: c.engine, AtRestEncryptionEnabled: src.AtRestEncryptionEnabled ?? null, ...(c.group?.KmsKeyId ? { KmsKeyId: c.group.KmsKeyId } : {}) };
      return src.AtRestEncryptionEnabled === true
        ? result.pass(c.ref, `${c.kind} ${c.ref.id} encrypts data at rest`, evidence)
        : result.fail(c.ref, `${c.kind} ${c.ref.id} does not encrypt data at rest (AtRestEncryptionEnabled ${String(src.AtRestEncryptionEnabled)})`, evidence);
    });
  },
});
