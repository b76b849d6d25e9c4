import { defineCheck } from '../../src/check/define.js';
import { invalidData } from '../../src/aws/invalid-data.js';
import { formatArn } from '../../src/aws/arn.js';

const DELIVERIES = ['configHistoryDeliveryInfo', 'configSnapshotDeliveryInfo', 'configStreamDeliveryInfo'] as const;

export default defineCheck({
  id: 'config.delivery-channel-configured',
  title: 'AWS Config has a delivery channel whose last deliveries did not fail in every scanned region',
  description:
    'Without a delivery channel AWS Config cannot record; with a failing one (a deleted bucket, a changed bucket policy or KMS key) the ' +
    'configuration history and snapshots stop reaching S3 and SNS. Passes when the region has a delivery channel and none of its last history, ' +
    'snapshot and stream deliveries has the status Failure.',
  service: 'config',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  severity: 'low',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a delivery channel to an S3 bucket AWS Config may write to; if deliveries fail, fix the bucket, its policy or the KMS key named in lastErrorCode.',
    cli: 'aws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<bucket> --region <region>',
    url: 'https://docs.aws.amazon.com/config/latest/developerguide/manage-delivery-channel.html',
  },
  async run({ scope, inventory, result }) {
    const channels = await inventory.config.deliveryChannels(scope.region);
    const ref = (name: string) => ({ arn: formatArn(scope.partition, 'config', scope.region, scope.account, `delivery-channel/${name}`), id: name === '*' ? `${scope.account}/${scope.region}` : name });
    if (!channels.length) return [result.fail(ref('*'), `AWS Config has no delivery channel in ${scope.region}`, { deliveryChannels: 0 })];
    const statuses = await inventory.config.deliveryChannelStatuses(scope.region);
    return result.forEach(channels, (c) => ref(c.name ?? 'default'), (c) => {
      const status = statuses.find((s) => s.name === c.name);
      if (!status) throw invalidData({ service: 'config', operation: 'DescribeDeliveryChannelStatus', account: scope.account, region: scope.region }, `no status for delivery channel ${c.name}`);
      const last = Object.fromEntries(DELIVERIES.map((k) => [k, status[k]?.lastStatus ?? null]));
      const failed = DELIVERIES.filter((k) => status[k]?.lastStatus === 'Failure');
      const evidence = { s3BucketName: c.s3BucketName ?? null, ...last, ...(failed.length ? { lastErrorCode: status[failed[0]!]?.lastErrorCode ?? null } : {}) };
      return failed.length
        ? result.fail(ref(c.name ?? 'default'), `Delivery channel ${c.name} in ${scope.region} failed its last ${failed.join(', ')}`, evidence)
        : result.pass(ref(c.name ?? 'default'), `Delivery channel ${c.name} delivers to ${c.s3BucketName} in ${scope.region} without failed deliveries`, evidence);
    });
  },
});
