import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-backups-retained',
  title: 'RDS DB instances keep automated backups for at least the configured number of days',
  description:
    'Automated backups allow point-in-time recovery after deletion, corruption or ransomware; retention 0 disables them. Passes when ' +
    'BackupRetentionPeriod is at least minRetentionDays (default 7). Aurora and Multi-AZ DB cluster instances are judged on their cluster\'s ' +
    'retention (DescribeDBClusters).',
  severity: 'medium',
  duty: 'incident-response',
  remediation: {
    text: 'Set the backup retention period to at least the required number of days (up to 35).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period 7 --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
  },
  options: { minRetentionDays: 7 },
  field: 'BackupRetentionPeriod',
  fromCluster: true,
  expect: (v, o) => typeof v === 'number' && v >= o.minRetentionDays,
  pass: (v) => `keeps automated backups for ${String(v)} days`,
  fail: (v, o) => `keeps automated backups for ${String(v ?? 'no')} days, fewer than ${o.minRetentionDays}`,
  evidence: (db) => ({ Engine: db.Engine ?? null }),
});
