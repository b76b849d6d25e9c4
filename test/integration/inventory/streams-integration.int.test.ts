/**
 * Kinesis Data Streams, Data Firehose, Step Functions, EventBridge and Amazon MQ against moto: the
 * inventory getters through the real request path, and every check of the five services over a
 * seeded account.
 *
 * Where moto differs from AWS (moto 5.2): see the notes at each assertion and MOTO_* in
 * test/harness/moto-gaps.ts.
 */
import { CreateEventBusCommand, EventBridgeClient, PutPermissionCommand } from '@aws-sdk/client-eventbridge';
import { CreateDeliveryStreamCommand, FirehoseClient, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { CreateStreamCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { CreateBrokerCommand, MqClient } from '@aws-sdk/client-mq';
import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { beforeAll, describe, expect, it } from 'vitest';
import busPolicy from '../../../checks/eventbridge/bus-policy-not-public.js';
import firehoseEncrypted from '../../../checks/firehose/delivery-stream-encrypted.js';
import streamEncrypted from '../../../checks/kinesis/stream-encrypted.js';
import streamRetention from '../../../checks/kinesis/stream-retention-period.js';
import mqAudit from '../../../checks/mq/broker-audit-logging-enabled.js';
import mqMinor from '../../../checks/mq/broker-auto-minor-version-upgrade.js';
import mqPublic from '../../../checks/mq/broker-not-public.js';
import sfnLogging from '../../../checks/sfn/state-machine-logging-enabled.js';
import sfnTracing from '../../../checks/sfn/state-machine-tracing-enabled.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '510000000001';
const REGION = 'eu-west-1';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/service`;
const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });

beforeAll(async () => {
  // The Kinesis client defaults to HTTP/2 (for SubscribeToShard), which moto does not speak; the scan's
  // client factory gives every client the shared HTTP/1.1 handler.
  const kinesis = seedClient(KinesisClient, ACCOUNT, REGION, { requestHandler: new NodeHttpHandler() });
  await kinesis.send(new CreateStreamCommand({ StreamName: 'orders', ShardCount: 1 }));
  await kinesis.send(new StartStreamEncryptionCommand({ StreamName: 'orders', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
  await kinesis.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'orders', RetentionPeriodHours: 168 }));
  await kinesis.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1 }));

  const firehose = seedClient(FirehoseClient, ACCOUNT, REGION);
  const s3 = { RoleARN: ROLE, BucketARN: 'arn:aws:s3:::delivery-bucket' };
  // moto stores an encryption input given at creation without a Status (AWS reports ENABLED once
  // created), which the check reads as not encrypted: encryption is started after creation instead.
  await firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'sealed', DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: s3 }));
  await firehose.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'sealed', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
  await firehose.send(new CreateDeliveryStreamCommand({ DeliveryStreamName: 'plain', DeliveryStreamType: 'DirectPut', ExtendedS3DestinationConfiguration: s3 }));
  await firehose.send(new CreateDeliveryStreamCommand({
    DeliveryStreamName: 'from-clicks', DeliveryStreamType: 'KinesisStreamAsSource', ExtendedS3DestinationConfiguration: s3,
    KinesisStreamSourceConfiguration: { KinesisStreamARN: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/clicks`, RoleARN: ROLE },
  }));

  const sfn = seedClient(SFNClient, ACCOUNT, REGION);
  await sfn.send(new CreateStateMachineCommand({
    name: 'billing', definition, roleArn: ROLE,
    loggingConfiguration: { level: 'ERROR', includeExecutionData: false, destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/sfn/billing:*` } }] },
    tracingConfiguration: { enabled: true },
  }));
  await sfn.send(new CreateStateMachineCommand({ name: 'cleanup', definition, roleArn: ROLE }));

  const events = seedClient(EventBridgeClient, ACCOUNT, REGION);
  await events.send(new PutPermissionCommand({ EventBusName: 'default', Action: 'events:PutEvents', Principal: '*', StatementId: 'AnyoneMayPut' }));
  await events.send(new CreateEventBusCommand({ Name: 'orders' }));
  await events.send(new PutPermissionCommand({
    EventBusName: 'orders',
    Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: 'events:PutEvents', Resource: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/orders`, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }] }),
  }));
  await events.send(new CreateEventBusCommand({ Name: 'internal' }));

  const mq = seedClient(MqClient, ACCOUNT, REGION);
  const base = { DeploymentMode: 'SINGLE_INSTANCE' as const, HostInstanceType: 'mq.t3.micro', Users: [{ Username: 'admin', Password: 'not-a-real-password' }] };
  await mq.send(new CreateBrokerCommand({ ...base, BrokerName: 'jobs', EngineType: 'ACTIVEMQ', EngineVersion: '5.18', PubliclyAccessible: false, AutoMinorVersionUpgrade: true, Logs: { Audit: true, General: true } }));
  await mq.send(new CreateBrokerCommand({ ...base, BrokerName: 'legacy', EngineType: 'ACTIVEMQ', EngineVersion: '5.17.6', PubliclyAccessible: true, AutoMinorVersionUpgrade: false }));
  await mq.send(new CreateBrokerCommand({ ...base, BrokerName: 'rabbit', EngineType: 'RABBITMQ', EngineVersion: '3.13', PubliclyAccessible: false, AutoMinorVersionUpgrade: true }));
});

describe('streams, buses, workflows and brokers against moto', () => {
  it('judges every resource of the five services, each operation asked once per input', async () => {
    const { inventory, stats, errors } = motoInventory(ACCOUNT);
    const status = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

    expect(await status(streamEncrypted)).toEqual({ orders: 'PASS', clicks: 'FAIL' });
    expect(await status(streamRetention)).toEqual({ orders: 'PASS', clicks: 'FAIL' });
    expect(await status(firehoseEncrypted)).toEqual({ sealed: 'PASS', plain: 'FAIL', 'from-clicks': 'FAIL' });
    expect(await status(sfnLogging)).toEqual({ billing: 'PASS', cleanup: 'FAIL' });
    expect(await status(sfnTracing)).toEqual({ billing: 'PASS', cleanup: 'FAIL' });
    expect(await status(busPolicy)).toEqual({ default: 'FAIL', orders: 'PASS', internal: 'PASS' });
    expect(await status(mqPublic)).toEqual({ jobs: 'PASS', legacy: 'FAIL', rabbit: 'PASS' });
    expect(await status(mqAudit)).toEqual({ jobs: 'PASS', legacy: 'FAIL' });
    expect(await status(mqMinor)).toEqual({ jobs: 'PASS', legacy: 'FAIL', rabbit: 'PASS' });

    expect(errors).toEqual([]);
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('kinesis:ListStreams')).toBe(1);
    // two own streams; the Firehose source (clicks) shares the memoized summary
    expect(stats.byOperation.get('kinesis:DescribeStreamSummary')).toBe(2);
    expect(stats.byOperation.get('firehose:DescribeDeliveryStream')).toBe(3);
    expect(stats.byOperation.get('sfn:DescribeStateMachine')).toBe(2);
    expect(stats.byOperation.get('eventbridge:ListEventBuses')).toBe(1);
    expect(stats.byOperation.get('mq:DescribeBroker')).toBe(3);
  });

  it('evidence carries the deciding AWS fields, and no secret', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const byId = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f]));
    expect((await byId(streamEncrypted)).orders).toMatchObject({ resource: { arn: `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/orders` }, evidence: { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } });
    expect((await byId(firehoseEncrypted))['from-clicks']).toMatchObject({ evidence: { DeliveryStreamType: 'KinesisStreamAsSource', EncryptionType: 'NONE' } });
    expect((await byId(sfnLogging)).billing).toMatchObject({ evidence: { level: 'ERROR', destinations: [expect.stringContaining('/sfn/billing')] } });
    expect((await byId(busPolicy)).default).toMatchObject({ evidence: { publicStatements: [{ Sid: 'AnyoneMayPut', Action: ['events:PutEvents'] }] } });
    const brokers = await byId(mqPublic);
    // AWS's broker ARN is broker:<name>:<id>; moto's is broker:<id>. The check takes the ARN AWS gives.
    expect(brokers.legacy).toMatchObject({ resource: { arn: expect.stringMatching(/^arn:aws:mq:eu-west-1:510000000001:broker:/) }, evidence: { PubliclyAccessible: true } });
    expect(JSON.stringify(brokers)).not.toContain('not-a-real-password');
  });
});
