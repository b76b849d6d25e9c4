import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-storage-encrypted',
  title: 'RDS DB instances encrypt their storage at rest',
  description:
    'An unencrypted DB instance keeps its data, logs, automated backups and snapshots in clear text on disk. Encryption can only be chosen at creation; ' +
    'Aurora instances report their cluster\'s setting.',
  severity: 'high',
  duty: 'data-encryption',
  remediation: {
    text: 'Take a snapshot, copy it with encryption (a KMS key), restore a new encrypted instance from the copy and switch over.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  field: 'StorageEncrypted',
  expect: true,
  pass: 'encrypts its storage',
  fail: (v) => `does not encrypt its storage (StorageEncrypted ${String(v)})`,
  evidence: (db) => ({ ...(db.KmsKeyId ? { KmsKeyId: db.KmsKeyId } : {}), Engine: db.Engine ?? null }),
});
