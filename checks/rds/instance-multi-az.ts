import { rdsInstanceFieldCheck } from '../../src/check/kit/rds-fields.js';
import { classifyingTag } from '../../src/lib/tags.js';

export default rdsInstanceFieldCheck({
  id: 'rds.instance-multi-az',
  title: 'Production RDS DB instances run in multiple Availability Zones',
  description:
    'A Multi-AZ deployment keeps a standby in another Availability Zone and fails over to it, so a zone outage does not take the database down. ' +
    'Judged only for instances tagged as production: tag key tagKey (default environment) with one of tagValues (default production, prod; ' +
    'compared without case); other instances are not judged. Aurora and Multi-AZ DB cluster instances are judged on the cluster\'s MultiAZ ' +
    '(DescribeDBClusters: true when its instances span zones).',
  severity: 'medium',
  duty: 'incident-response',
  remediation: {
    text: 'Convert the instance to a Multi-AZ deployment (Aurora: add a reader in another Availability Zone).',
    cli: 'aws rds modify-db-instance --db-instance-identifier <db> --multi-az --apply-immediately',
    url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html',
  },
  options: { tagKey: 'environment', tagValues: ['production', 'prod'] },
  field: 'MultiAZ',
  fromCluster: true,
  applies: (db, o) => classifyingTag(db.TagList, o.tagKey, o.tagValues) !== undefined,
  expect: true,
  pass: 'runs in multiple Availability Zones',
  fail: 'runs in a single Availability Zone',
  evidence: (db) => ({ AvailabilityZone: db.AvailabilityZone ?? null, SecondaryAvailabilityZone: db.SecondaryAvailabilityZone ?? null }),
});
