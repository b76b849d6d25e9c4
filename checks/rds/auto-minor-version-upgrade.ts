import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'rds.auto-minor-version-upgrade',
  title: 'RDS DB instances take minor engine upgrades automatically',
  description:
    'Minor engine versions carry security fixes. The provider patches the engine, but only when the customer lets it: this is the customer\'s ' +
    'setting of the managed platform (duty app-configuration; under PaaS the host layer itself is the provider\'s).',
  service: 'rds',
  resourceType: 'AWS::RDS::DBInstance',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable automatic minor version upgrades; they are applied in the maintenance window.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.rds.dbInstances(scope.region);
    return instances.map((db) => {
      const ref = { arn: db.DBInstanceArn!, id: db.DBInstanceIdentifier! };
      const evidence = { AutoMinorVersionUpgrade: db.AutoMinorVersionUpgrade ?? null, EngineVersion: db.EngineVersion ?? null };
      return db.AutoMinorVersionUpgrade === true
        ? result.pass(ref, `DB instance ${db.DBInstanceIdentifier} upgrades minor versions automatically`, evidence)
        : result.fail(ref, `DB instance ${db.DBInstanceIdentifier} does not upgrade minor versions automatically`, evidence);
    });
  },
});
