import type { StreamDescriptionSummary, StreamSummary } from '@aws-sdk/client-kinesis';
import { TEST_ACCOUNT } from '../../harness/aws.js';

export const streamArn = (name: string, region = 'us-east-1') => `arn:aws:kinesis:${region}:${TEST_ACCOUNT}:stream/${name}`;

/** A ListStreams summary as AWS returns it (no encryption or retention in it). */
export function streamItem(name: string): StreamSummary {
  return { StreamName: name, StreamARN: streamArn(name), StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' }, StreamCreationTimestamp: new Date('2026-01-10T00:00:00Z') };
}

/** DescribeStreamSummary as AWS returns it for a new stream: 24 hours, no encryption. */
export function streamSummary(name: string, extra: Partial<StreamDescriptionSummary> = {}): { StreamDescriptionSummary: StreamDescriptionSummary } {
  return {
    StreamDescriptionSummary: {
      StreamName: name, StreamARN: streamArn(name), StreamStatus: 'ACTIVE', StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      RetentionPeriodHours: 24, StreamCreationTimestamp: new Date('2026-01-10T00:00:00Z'), EnhancedMonitoring: [{ ShardLevelMetrics: [] }],
      EncryptionType: 'NONE', OpenShardCount: 4, ConsumerCount: 0,
      ...extra,
    },
  };
}
