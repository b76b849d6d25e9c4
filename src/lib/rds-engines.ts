/**
 * What RDS engines support, from the RDS and Aurora user guides. Engine names as DescribeDBInstances
 * reports them (oracle-ee, sqlserver-se, db2-ae … are matched by prefix).
 */

/**
 * IAM database authentication: MySQL, MariaDB, PostgreSQL and both Aurora editions
 * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html#UsingWithRDS.IAMDBAuth.Availability).
 * Oracle, SQL Server and Db2 use Kerberos instead and are not judged.
 */
const IAM_AUTH_ENGINES = new Set(['mysql', 'mariadb', 'postgres', 'aurora', 'aurora-mysql', 'aurora-postgresql']);

export function supportsIamAuthentication(engine: string | undefined): boolean {
  return IAM_AUTH_ENGINES.has(engine ?? '');
}

/**
 * The log types each engine can publish to CloudWatch Logs (EnabledCloudwatchLogsExports values;
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html).
 * The ones an investigation needs first: MySQL/MariaDB/Aurora MySQL error and audit (audit needs the
 * audit plugin in the option or parameter group), PostgreSQL postgresql, Oracle alert and audit,
 * SQL Server error, Db2 diag.log.
 */
const LOG_TYPES: readonly [prefix: string, types: readonly string[]][] = [
  ['aurora-postgresql', ['postgresql', 'instance', 'iam-db-auth-error']],
  ['aurora', ['audit', 'error', 'general', 'slowquery', 'instance', 'iam-db-auth-error']],
  ['mysql', ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error']],
  ['mariadb', ['audit', 'error', 'general', 'slowquery', 'iam-db-auth-error']],
  ['postgres', ['postgresql', 'upgrade', 'iam-db-auth-error']],
  ['oracle', ['alert', 'audit', 'listener', 'trace', 'oemagent']],
  ['sqlserver', ['agent', 'error']],
  ['db2', ['diag.log', 'notify.log']],
];

/** The log types the engine can export; [] for an engine not in the table. */
export function exportableLogTypes(engine: string | undefined): readonly string[] {
  return LOG_TYPES.find(([prefix]) => (engine ?? '').startsWith(prefix))?.[1] ?? [];
}
