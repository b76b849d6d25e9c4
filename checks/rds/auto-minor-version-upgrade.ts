import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';

export default rdsInstanceFieldCheck({
  id: 'rds.auto-minor-version-upgrade',
  title: 'RDS DB instances take minor engine upgrades automatically',
  description:
    'Minor engine versions carry security fixes. The provider patches the engine, but only when the customer lets it: this is the customer\'s ' +
    'setting of the managed platform (duty app-configuration; under PaaS the host layer itself is the provider\'s).',
  severity: 'medium',
  duty: 'app-configuration',
  remediation: {
    text: 'Enable automatic minor version upgrades; they are applied in the maintenance window.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
  },
  field: 'AutoMinorVersionUpgrade',
  expect: true,
  pass: 'upgrades minor versions automatically',
  fail: 'does not upgrade minor versions automatically',
  evidence: (db) => ({ EngineVersion: db.EngineVersion ?? null }),
});
