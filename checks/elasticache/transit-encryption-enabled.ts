import { defineCheck } from '../../src/check/define.js';
import { elasticacheCaches } from '../../src/check/kit/elasticache-caches.js';

export default defineCheck({
  id: 'elasticache.transit-encryption-enabled',
  title: 'ElastiCache caches require TLS for every connection',
  description:
    'Without encryption in transit, cache traffic (often session tokens and personal data) crosses the VPC in clear text, and a Redis OSS / Valkey ' +
    'AUTH token would travel in clear too. Judged per replication group and per cache cluster outside one (memcached supports TLS from 1.6.12). ' +
    'TransitEncryptionMode "preferred", the migration mode, still accepts unencrypted connections and fails; "required" (or no mode on older answers) passes.',
  service: 'elasticache',
  resourceType: 'AWS::ElastiCache::ReplicationGroup',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable encryption in transit (Redis OSS 7+ / Valkey can migrate in place: preferred, then required); older engines and memcached need a new cluster with TLS.',
    cli: 'aws elasticache modify-replication-group --replication-group-id <id> --transit-encryption-enabled --transit-encryption-mode required --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html',
  },
  async run({ scope, inventory, result }) {
    const caches = await elasticacheCaches(inventory, scope.region);
    return caches.map((c) => {
      const src = c.group ?? c.cluster!;
      const evidence = { Engine: c.engine, TransitEncryptionEnabled: src.TransitEncryptionEnabled ?? null, ...(src.TransitEncryptionMode ? { TransitEncryptionMode: src.TransitEncryptionMode } : {}) };
      if (src.TransitEncryptionEnabled !== true) return result.fail(c.ref, `${c.kind} ${c.ref.id} does not encrypt in transit (TransitEncryptionEnabled ${String(src.TransitEncryptionEnabled)})`, evidence);
      if (src.TransitEncryptionMode === 'preferred') return result.fail(c.ref, `${c.kind} ${c.ref.id} accepts unencrypted connections (TransitEncryptionMode preferred)`, evidence);
      return result.pass(c.ref, `${c.kind} ${c.ref.id} encrypts in transit`, evidence);
    });
  },
});
