import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-not-public',
  title: 'RDS DB instances are not publicly accessible',
  description:
    'A publicly accessible DB instance gets a public DNS name that resolves to a public IP, one security-group mistake away from the internet. ' +
    'It is the customer\'s setting of a managed platform (duty app-configuration: under PaaS the network layer itself is the provider\'s).',
  severity: 'critical',
  duty: 'app-configuration',
  remediation: {
    text: 'Turn off public accessibility and reach the database through private subnets, a VPN or a bastion.',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
  },
  field: 'PubliclyAccessible',
  expect: false,
  pass: 'is not publicly accessible',
  fail: (v) => `is publicly accessible (PubliclyAccessible ${String(v)})`,
});
