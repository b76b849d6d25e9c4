import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-deletion-protection',
  title: 'RDS DB instances are protected from deletion',
  description:
    'Deletion protection stops anyone, including an attacker or an automation error, from deleting the database until the setting is turned off. ' +
    'Aurora and Multi-AZ DB clusters hold the setting on the cluster: their instances are judged on the cluster\'s value (DescribeDBClusters).',
  severity: 'medium',
  duty: 'incident-response',
  remediation: {
    text: 'Enable deletion protection on the DB instance (on the DB cluster for Aurora).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --deletion-protection --apply-immediately  # Aurora: aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection',
  },
  field: 'DeletionProtection',
  fromCluster: true,
  expect: true,
  pass: 'is protected from deletion',
  fail: 'is not protected from deletion',
});
