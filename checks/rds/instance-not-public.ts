import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'rds.instance-not-public',
  title: 'RDS DB instances are not publicly accessible',
  description:
    'A publicly accessible DB instance gets a public DNS name that resolves to a public IP, one security-group mistake away from the internet. ' +
    'It is the customer\'s setting of a managed platform (duty app-configuration: under PaaS the network layer itself is the provider\'s).',
  service: 'rds',
  resourceType: 'AWS::RDS::DBInstance',
  severity: 'critical',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn off public accessibility and reach the database through private subnets, a VPN or a bastion.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.rds.dbInstances(scope.region);
    return instances.map((db) => {
      const ref = { arn: db.DBInstanceArn!, id: db.DBInstanceIdentifier! };
      const evidence = { PubliclyAccessible: db.PubliclyAccessible ?? null };
      return db.PubliclyAccessible === false
        ? result.pass(ref, `DB instance ${db.DBInstanceIdentifier} is not publicly accessible`, evidence)
        : result.fail(ref, `DB instance ${db.DBInstanceIdentifier} is publicly accessible (PubliclyAccessible ${String(db.PubliclyAccessible)})`, evidence);
    });
  },
});
