import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';
import { exportableLogTypes } from '../../src/lib/rds-engines.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-log-exports-enabled',
  title: 'RDS DB instances publish their logs to CloudWatch Logs',
  description:
    'Database logs kept only on the instance are rotated away and lost with it. Passes when EnabledCloudwatchLogsExports names at least one log type. ' +
    'Types per engine: MySQL and MariaDB audit, error, general, slowquery; Aurora MySQL the same plus instance; PostgreSQL postgresql, upgrade; ' +
    'Aurora PostgreSQL postgresql; Oracle alert, audit, listener, trace, oemagent; SQL Server agent, error; Db2 diag.log, notify.log (the ' +
    'evidence lists them). Aurora and Multi-AZ DB cluster instances are judged on their cluster\'s exports (DescribeDBClusters).',
  severity: 'medium',
  duty: 'logging',
  remediation: {
    text: 'Publish at least the error and audit logs (postgresql for PostgreSQL) to CloudWatch Logs; MySQL and MariaDB audit logs need the audit plugin option.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --cloudwatch-logs-export-configuration \'{"EnableLogTypes":["error","audit"]}\' --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html',
  },
  field: 'EnabledCloudwatchLogsExports',
  fromCluster: true,
  expect: (v) => Array.isArray(v) && v.length > 0,
  pass: (v) => `publishes ${(v as string[]).join(', ')} logs to CloudWatch Logs`,
  fail: 'publishes no logs to CloudWatch Logs',
  evidence: (db) => ({ Engine: db.Engine ?? null, exportableLogTypes: [...exportableLogTypes(db.Engine)] }),
});
