import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'rds.instance-storage-encrypted',
  title: 'RDS DB instances encrypt their storage at rest',
  description:
    'An unencrypted DB instance keeps its data, logs, automated backups and snapshots in clear text on disk. Encryption can only be chosen at creation; ' +
    'Aurora instances report their cluster\'s setting.',
  service: 'rds',
  resourceType: 'AWS::RDS::DBInstance',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Take a snapshot, copy it with encryption (a KMS key), restore a new encrypted instance from the copy and switch over.',
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id <key-id>',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.rds.dbInstances(scope.region);
    return instances.map((db) => {
      const ref = { arn: db.DBInstanceArn!, id: db.DBInstanceIdentifier! };
      const evidence = { StorageEncrypted: db.StorageEncrypted ?? null, ...(db.KmsKeyId ? { KmsKeyId: db.KmsKeyId } : {}), Engine: db.Engine ?? null };
      return db.StorageEncrypted === true
        ? result.pass(ref, `DB instance ${db.DBInstanceIdentifier} encrypts its storage`, evidence)
        : result.fail(ref, `DB instance ${db.DBInstanceIdentifier} does not encrypt its storage (StorageEncrypted ${String(db.StorageEncrypted)})`, evidence);
    });
  },
});
