import { ConfigServiceClient, DescribeDeliveryChannelsCommand, DescribeDeliveryChannelStatusCommand, type DeliveryChannelStatus } from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/config/delivery-channel-configured.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const cfg = mockClient(ConfigServiceClient);
beforeEach(() => cfg.reset());
const CHANNEL = { name: 'default', s3BucketName: 'config-bucket-111122223333', configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' as const } };
const ok = { lastStatus: 'Success' as const, lastAttemptTime: new Date('2025-05-01T00:00:00Z'), lastSuccessfulTime: new Date('2025-05-01T00:00:00Z') };
const status = (over: Partial<DeliveryChannelStatus> = {}): DeliveryChannelStatus => ({
  name: 'default',
  configSnapshotDeliveryInfo: ok,
  configHistoryDeliveryInfo: ok,
  configStreamDeliveryInfo: { lastStatus: 'Not_Applicable' },
  ...over,
});

describe('config.delivery-channel-configured', () => {
  it('PASS when the channel exists and no delivery failed', async () => {
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [CHANNEL] });
    cfg.on(DescribeDeliveryChannelStatusCommand).resolves({ DeliveryChannelsStatus: [status()] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'default' }, evidence: { s3BucketName: CHANNEL.s3BucketName, configHistoryDeliveryInfo: 'Success', configStreamDeliveryInfo: 'Not_Applicable' }, srm: { duty: 'configuration-management' } },
    ]);
  });

  it('FAIL when the last history delivery failed', async () => {
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [CHANNEL] });
    cfg.on(DescribeDeliveryChannelStatusCommand).resolves({ DeliveryChannelsStatus: [status({ configHistoryDeliveryInfo: { lastStatus: 'Failure', lastErrorCode: 'NoSuchBucket', lastErrorMessage: 'The specified bucket does not exist' } })] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: 'default' }, evidence: { configHistoryDeliveryInfo: 'Failure', lastErrorCode: 'NoSuchBucket' } }]);
  });

  it('FAIL when the region has no delivery channel (status not asked)', async () => {
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', resource: { id: '111122223333/us-east-1' }, evidence: { deliveryChannels: 0 } }]);
    expect(cfg.commandCalls(DescribeDeliveryChannelStatusCommand)).toHaveLength(0);
  });

  it('ERROR (invalid data, not a default) when AWS returns no status for the channel', async () => {
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [CHANNEL] });
    cfg.on(DescribeDeliveryChannelStatusCommand).resolves({ DeliveryChannelsStatus: [] });
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'default' } }]);
  });

  it('ERROR naming the permission when the status is denied', async () => {
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [CHANNEL] });
    cfg.on(DescribeDeliveryChannelStatusCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('config:DescribeDeliveryChannelStatus') }]);
  });
});
