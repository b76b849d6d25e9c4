import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  DescribeDeliveryChannelStatusCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const cfg = mockClient(ConfigServiceClient);
beforeEach(() => cfg.reset());

const getters = [
  ['recorders', DescribeConfigurationRecordersCommand, 'config:DescribeConfigurationRecorders', { ConfigurationRecorders: [{ name: 'default', recordingGroup: { allSupported: true } }] }, 'ConfigurationRecorders'],
  ['recorderStatuses', DescribeConfigurationRecorderStatusCommand, 'config:DescribeConfigurationRecorderStatus', { ConfigurationRecordersStatus: [{ name: 'default', recording: true }] }, 'ConfigurationRecordersStatus'],
  ['deliveryChannels', DescribeDeliveryChannelsCommand, 'config:DescribeDeliveryChannels', { DeliveryChannels: [{ name: 'default', s3BucketName: 'b' }] }, 'DeliveryChannels'],
  ['deliveryChannelStatuses', DescribeDeliveryChannelStatusCommand, 'config:DescribeDeliveryChannelStatus', { DeliveryChannelsStatus: [{ name: 'default', configHistoryDeliveryInfo: { lastStatus: 'Success' } }] }, 'DeliveryChannelsStatus'],
] as const;

describe('config inventory (none of these operations paginates)', () => {
  it.each(getters)('%s(region): asked once per region under concurrent callers', async (getter, Command, _action, answer, field) => {
    cfg.on(Command as typeof DescribeConfigurationRecordersCommand).resolves(answer as object);
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.config[getter]('eu-west-1'), inventory.config[getter]('eu-west-1')]);
    expect(a).toBe(b);
    expect(a).toEqual((answer as Record<string, unknown>)[field]);
    await inventory.config[getter]('us-east-1');
    expect(cfg.commandCalls(Command as typeof DescribeConfigurationRecordersCommand)).toHaveLength(2);
  });

  it.each(getters)('%s: an empty region is an empty list', async (getter, Command) => {
    cfg.on(Command as typeof DescribeConfigurationRecordersCommand).resolves({});
    expect(await createTestInventory().inventory.config[getter]('eu-west-1')).toEqual([]);
  });

  it.each(getters)('%s: denied → InventoryError carrying %s, cached', async (getter, Command, action) => {
    cfg.on(Command as typeof DescribeConfigurationRecordersCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.config[getter]('eu-west-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await inventory.config[getter]('eu-west-1').catch(() => undefined);
    expect(cfg.commandCalls(Command as typeof DescribeConfigurationRecordersCommand)).toHaveLength(1);
  });
});
