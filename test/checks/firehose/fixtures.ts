import type { DeliveryStreamDescription } from '@aws-sdk/client-firehose';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const deliveryStreamArn = (name: string, region = 'us-east-1') => `arn:aws:firehose:${region}:${TEST_ACCOUNT}:deliverystream/${name}`;

/** DescribeDeliveryStream as AWS returns it for a Direct PUT stream to S3, encryption off. */
export function deliveryStream(name: string, extra: Partial<DeliveryStreamDescription> = {}): { DeliveryStreamDescription: DeliveryStreamDescription } {
  return {
    DeliveryStreamDescription: {
      DeliveryStreamName: name, DeliveryStreamARN: deliveryStreamArn(name), DeliveryStreamStatus: 'ACTIVE', DeliveryStreamType: 'DirectPut',
      VersionId: '1', CreateTimestamp: new Date('2026-01-10T00:00:00Z'), HasMoreDestinations: false,
      DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' },
      Destinations: [{ DestinationId: 'destinationId-000000000001', ExtendedS3DestinationDescription: { RoleARN: `arn:aws:iam::${TEST_ACCOUNT}:role/firehose`, BucketARN: 'arn:aws:s3:::logs', BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 300 }, CompressionFormat: 'UNCOMPRESSED', EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' } } }],
      ...extra,
    },
  };
}
