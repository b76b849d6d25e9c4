import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';
import { supportsIamAuthentication } from '../../src/lib/rds-engines.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-iam-authentication',
  title: 'RDS DB instances accept IAM database authentication',
  description:
    'IAM database authentication replaces long-lived database passwords with short-lived tokens issued to IAM principals, so access is ' +
    'granted, logged and revoked in IAM. Judged for the engines that support it (MySQL, MariaDB, PostgreSQL, Aurora MySQL, Aurora PostgreSQL); ' +
    'Oracle, SQL Server and Db2 instances are not judged. Aurora instances are judged on their cluster\'s setting (DescribeDBClusters).',
  severity: 'medium',
  duty: 'identity-access',
  remediation: {
    text: 'Enable IAM database authentication, create database users mapped to IAM, and grant rds-db:connect to the principals that need it.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --enable-iam-database-authentication --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html',
  },
  field: 'IAMDatabaseAuthenticationEnabled',
  fromCluster: true,
  applies: (db) => supportsIamAuthentication(db.Engine),
  expect: true,
  pass: 'accepts IAM database authentication',
  fail: 'does not accept IAM database authentication',
  evidence: (db) => ({ Engine: db.Engine ?? null }),
});
