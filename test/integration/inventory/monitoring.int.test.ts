import { ConfigServiceClient, PutConfigurationRecorderCommand, PutDeliveryChannelCommand, StartConfigurationRecorderCommand } from '@aws-sdk/client-config-service';
import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { EnableSecurityHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { beforeAll, describe, expect, it } from 'vitest';
import configRecorder from '../../../checks/config/recorder-enabled.js';
import guarddutyEnabled from '../../../checks/guardduty/enabled.js';
import securityhubEnabled from '../../../checks/securityhub/enabled.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '270000000001';
const ON = 'eu-west-1';
const OFF = 'us-east-2';

beforeAll(async () => {
  await seedClient(GuardDutyClient, ACCOUNT, ON).send(new CreateDetectorCommand({ Enable: true }));
  await seedClient(SecurityHubClient, ACCOUNT, ON).send(new EnableSecurityHubCommand({}));
  await seedClient(S3Client, ACCOUNT).send(new CreateBucketCommand({ Bucket: 'config-history-270000000001' }));
  const cfg = seedClient(ConfigServiceClient, ACCOUNT, ON);
  await cfg.send(new PutConfigurationRecorderCommand({ ConfigurationRecorder: { name: 'default', roleARN: `arn:aws:iam::${ACCOUNT}:role/config`, recordingGroup: { allSupported: true, includeGlobalResourceTypes: true } } }));
  await cfg.send(new PutDeliveryChannelCommand({ DeliveryChannel: { name: 'default', s3BucketName: 'config-history-270000000001' } }));
  await cfg.send(new StartConfigurationRecorderCommand({ ConfigurationRecorderName: 'default' }));
});

describe('GuardDuty, Security Hub and AWS Config against moto', () => {
  it.each([
    ['guardduty.enabled', guarddutyEnabled],
    ['securityhub.enabled', securityhubEnabled],
    ['config.recorder-enabled', configRecorder],
  ] as const)('%s: PASS where enabled, FAIL where not', async (_id, check) => {
    const { inventory } = motoInventory(ACCOUNT);
    expect((await runCheck(check, { region: ON, inventory, account: ACCOUNT })).map((f) => f.status)).toEqual(['PASS']);
    expect((await runCheck(check, { region: OFF, inventory, account: ACCOUNT })).map((f) => f.status)).toEqual(['FAIL']);
  });
});
