import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import deliveryChannel from '../../../checks/config/delivery-channel-configured.js';
import globalResources from '../../../checks/config/global-resources-recorded.js';
import recorderEnabled from '../../../checks/config/recorder-enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '270000000007';
const BUCKET = 'config-history-270000000007';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/config`;

describe('config inventory against moto', () => {
  beforeAll(async () => {
    await seedClient(S3Client, ACCOUNT).send(new CreateBucketCommand({ Bucket: BUCKET }));
    // eu-west-1: all supported types plus global IAM types, a delivery channel, started.
    const eu = seedClient(ConfigServiceClient, ACCOUNT, 'eu-west-1');
    await eu.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: ROLE, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
    await eu.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: BUCKET } }));
    await eu.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
    // us-west-2: a recorder for one type, never started, no delivery channel.
    const usw = seedClient(ConfigServiceClient, ACCOUNT, 'us-west-2');
    await usw.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'partial', roleARN: ROLE, recordingGroup: { allSupported: false, includeGlobalResourceTypes: false, resourceTypes: ['AWS::EC2::Instance'] } } }));
  });

  it('recorders, their statuses and delivery channels per region; an unconfigured region is empty', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await inventory.config.recorders('eu-west-1')).toMatchObject([{ name: 'default', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } }]);
    // moto reports the status of a just-started recorder as "PENDING" (AWS: "Pending", then "Success").
    expect(await inventory.config.recorderStatuses('eu-west-1')).toMatchObject([{ name: 'default', recording: true }]);
    expect(await inventory.config.recorderStatuses('us-west-2')).toMatchObject([{ name: 'partial', recording: false }]);
    expect(await inventory.config.deliveryChannels('eu-west-1')).toMatchObject([{ name: 'default', s3BucketName: BUCKET }]);
    expect(await inventory.config.recorders('us-east-2')).toEqual([]);
    expect(await inventory.config.deliveryChannels('us-east-2')).toEqual([]);
  });

  it('deliveryChannelStatuses: moto 5.2 does not implement DescribeDeliveryChannelStatus; the error is classified, never defaulted', async () => {
    await expect(motoInventory(ACCOUNT).inventory.config.deliveryChannelStatuses('eu-west-1')).rejects.toMatchObject({ name: 'InventoryError', operation: 'DescribeDeliveryChannelStatus' });
  });

  it('config.recorder-enabled: PASS in eu-west-1; FAIL for the stopped partial recorder and the empty region', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const run = (region: string) => runCheck(recorderEnabled, { region, inventory, account: ACCOUNT });
    expect(await run('eu-west-1')).toMatchObject([{ status: 'PASS', resource: { id: 'default' } }]);
    expect(await run('us-west-2')).toMatchObject([{ status: 'FAIL', resource: { id: 'partial' }, evidence: { recording: false, allSupported: false } }]);
    expect(await run('us-east-2')).toMatchObject([{ status: 'FAIL', resource: { id: `${ACCOUNT}/us-east-2` } }]);
  });

  it('config.global-resources-recorded: PASS when eu-west-1 is scanned, FAIL when only the other regions are', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await runCheck(globalResources, { regions: ['eu-west-1', 'us-west-2', 'us-east-2'], inventory, account: ACCOUNT })).toMatchObject([
      { status: 'PASS', evidence: { regionsRecordingGlobalResources: ['eu-west-1'] } },
    ]);
    expect(await runCheck(globalResources, { regions: ['us-west-2', 'us-east-2'], inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL' }]);
  });

  it('config.delivery-channel-configured: FAIL where no channel exists; ERROR (not PASS) where moto cannot answer the status', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    expect(await runCheck(deliveryChannel, { region: 'us-west-2', inventory, account: ACCOUNT })).toMatchObject([{ status: 'FAIL', evidence: { deliveryChannels: 0 } }]);
    expect(await runCheck(deliveryChannel, { region: 'eu-west-1', inventory, account: ACCOUNT })).toMatchObject([{ status: 'ERROR', resource: { id: `${ACCOUNT}/eu-west-1` }, message: expect.stringContaining('DescribeDeliveryChannelStatus') }]);
  });
});
