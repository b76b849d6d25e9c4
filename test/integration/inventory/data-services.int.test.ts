/**
 * DynamoDB, SQS, SNS and Secrets Manager against moto: the inventory getters through the real
 * request path, and every check of the four services over a seeded account.
 *
 * Where moto differs from AWS (moto 5.2):
 * - Secrets Manager never records LastAccessedDate (always null), so every secret reads as never
 *   retrieved; only fresh secrets can be seeded (CreatedDate cannot be backdated), which pass
 *   secretsmanager.secret-recently-accessed in AWS as well. The FAIL paths are unit-tested.
 * - Secrets Manager accepts RotateSecret without a rotation function and then records a rotation
 *   (RotationEnabled, LastRotatedDate): AWS requires a function or managed rotation.
 * - KMS: the AWS managed key alias/aws/dynamodb (used when a table asks for SSE-KMS without a key)
 *   reports KeyManager CUSTOMER; AWS reports AWS, which fails dynamodb.table-cmk-encrypted (unit-tested).
 *   This test encrypts with a key it creates.
 * - As in AWS: new SQS queues get SSE-SQS, new SNS topics get the owner-only default policy.
 */
import { CreateTableCommand, DynamoDBClient, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateSecretCommand, PutResourcePolicyCommand, RotateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateTopicCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import ddbCmk from '../../../checks/dynamodb/table-cmk-encrypted.js';
import ddbDeletion from '../../../checks/dynamodb/table-deletion-protection-enabled.js';
import ddbPitr from '../../../checks/dynamodb/table-pitr-enabled.js';
import smPolicy from '../../../checks/secretsmanager/resource-policy-not-public.js';
import smAccessed from '../../../checks/secretsmanager/secret-recently-accessed.js';
import smRotated from '../../../checks/secretsmanager/secret-rotated-recently.js';
import smRotation from '../../../checks/secretsmanager/secret-rotation-enabled.js';
import snsEncrypted from '../../../checks/sns/topic-encrypted.js';
import snsPolicy from '../../../checks/sns/topic-policy-not-public.js';
import sqsEncrypted from '../../../checks/sqs/queue-encrypted.js';
import sqsPolicy from '../../../checks/sqs/queue-policy-not-public.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '340000000001';
const REGION = 'eu-west-1';
const policy = (...Statement: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement });
let cmkArn = '';

beforeAll(async () => {
  cmkArn = (await seedClient(KMSClient, ACCOUNT, REGION).send(new CreateKeyCommand({ Description: 'orders table' }))).KeyMetadata!.Arn!;

  const ddb = seedClient(DynamoDBClient, ACCOUNT, REGION);
  const create = (TableName: string, extra: object = {}) =>
    ddb.send(new CreateTableCommand({ TableName, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST', ...extra }));
  await create('orders', { DeletionProtectionEnabled: true, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: cmkArn }, Tags: [{ Key: 'data-classification', Value: 'confidential' }] });
  await ddb.send(new UpdateContinuousBackupsCommand({ TableName: 'orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }));
  await create('customers', { Tags: [{ Key: 'data-classification', Value: 'restricted' }] });
  await create('cache');

  const sqs = seedClient(SQSClient, ACCOUNT, REGION);
  await sqs.send(new CreateQueueCommand({ QueueName: 'jobs' }));
  await sqs.send(new CreateQueueCommand({ QueueName: 'legacy', Attributes: { SqsManagedSseEnabled: 'false' } }));
  await sqs.send(new CreateQueueCommand({ QueueName: 'open-inbox', Attributes: { Policy: policy({ Sid: 'anyone', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }) } }));
  await sqs.send(new CreateQueueCommand({
    QueueName: 'order-events',
    Attributes: { Policy: policy({ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:${REGION}:${ACCOUNT}:orders` } } }) },
  }));

  const sns = seedClient(SNSClient, ACCOUNT, REGION);
  await sns.send(new CreateTopicCommand({ Name: 'alerts' }));
  const open = (await sns.send(new CreateTopicCommand({ Name: 'public-feed', Attributes: { KmsMasterKeyId: 'alias/aws/sns' } }))).TopicArn!;
  await sns.send(new SetTopicAttributesCommand({ TopicArn: open, AttributeName: 'Policy', AttributeValue: policy({ Sid: 'subscribe', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Subscribe', Resource: open }) }));

  const sm = seedClient(SecretsManagerClient, ACCOUNT, REGION);
  await sm.send(new CreateSecretCommand({ Name: 'db/orders', SecretString: 'not-a-real-secret' }));
  await sm.send(new RotateSecretCommand({ SecretId: 'db/orders', RotationRules: { AutomaticallyAfterDays: 30 } }));
  await sm.send(new CreateSecretCommand({ Name: 'api/partner', SecretString: 'not-a-real-secret' }));
  await sm.send(new PutResourcePolicyCommand({ SecretId: 'api/partner', ResourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }) }));
  await sm.send(new CreateSecretCommand({ Name: 'api/org', SecretString: 'not-a-real-secret' }));
  await sm.send(new PutResourcePolicyCommand({ SecretId: 'api/org', ResourcePolicy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }) }));
});

describe('DynamoDB, SQS, SNS and Secrets Manager against moto', () => {
  it('judges every resource of the four services, each operation asked once per input', async () => {
    const { inventory, stats, errors } = motoInventory(ACCOUNT);
    const status = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

    expect(await status(ddbPitr)).toEqual({ orders: 'PASS', customers: 'FAIL', cache: 'FAIL' });
    expect(await status(ddbDeletion)).toEqual({ orders: 'PASS', customers: 'FAIL', cache: 'FAIL' });
    expect(await status(ddbCmk)).toEqual({ orders: 'PASS', customers: 'FAIL' });

    expect(await status(sqsEncrypted)).toEqual({ jobs: 'PASS', legacy: 'FAIL', 'open-inbox': 'PASS', 'order-events': 'PASS' });
    expect(await status(sqsPolicy)).toEqual({ jobs: 'PASS', legacy: 'PASS', 'open-inbox': 'FAIL', 'order-events': 'PASS' });

    expect(await status(snsEncrypted)).toEqual({ alerts: 'FAIL', 'public-feed': 'PASS' });
    // AWS's default topic policy ({"AWS":"*"} pinned by AWS:SourceOwner) reads as not public.
    expect(await status(snsPolicy)).toEqual({ alerts: 'PASS', 'public-feed': 'FAIL' });

    expect(await status(smRotation)).toEqual({ 'db/orders': 'PASS', 'api/partner': 'FAIL', 'api/org': 'FAIL' });
    expect(await status(smRotated)).toEqual({ 'db/orders': 'PASS', 'api/partner': 'PASS', 'api/org': 'PASS' });
    expect(await status(smAccessed)).toEqual({ 'db/orders': 'PASS', 'api/partner': 'PASS', 'api/org': 'PASS' });
    expect(await status(smPolicy)).toEqual({ 'db/orders': 'PASS', 'api/partner': 'FAIL', 'api/org': 'PASS' });

    expect(errors).toEqual([]);
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('dynamodb:ListTables')).toBe(1);
    expect(stats.byOperation.get('dynamodb:DescribeTable')).toBe(3);
    // tags are read for every table (classification decides whether the table is judged)
    expect(stats.byOperation.get('dynamodb:ListTagsOfResource')).toBe(3);
    expect(stats.byOperation.get('sqs:GetQueueAttributes')).toBe(4);
    expect(stats.byOperation.get('sns:GetTopicAttributes')).toBe(2);
    expect(stats.byOperation.get('secretsmanager:ListSecrets')).toBe(1);
    expect(stats.byOperation.get('secretsmanager:GetResourcePolicy')).toBe(3);
  });

  it('evidence carries the deciding AWS fields', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const byId = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f]));
    expect((await byId(ddbCmk)).orders).toMatchObject({ resource: { arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/orders` }, evidence: { SSEType: 'KMS', KMSMasterKeyArn: cmkArn, KeyManager: 'CUSTOMER' } });
    expect((await byId(ddbCmk)).customers).toMatchObject({ evidence: { 'data-classification': 'restricted', SSEType: null } });
    expect((await byId(sqsEncrypted)).legacy).toMatchObject({ resource: { arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:legacy` }, evidence: { SqsManagedSseEnabled: 'false', KmsMasterKeyId: null } });
    expect((await byId(sqsPolicy))['open-inbox']).toMatchObject({ evidence: { publicStatements: [{ Sid: 'anyone', Principal: '*' }] } });
    expect((await byId(snsPolicy))['public-feed']).toMatchObject({ evidence: { publicStatements: [{ Sid: 'subscribe', Action: ['sns:Subscribe'] }] } });
    expect((await byId(smRotated))['db/orders']).toMatchObject({ evidence: { RotationEnabled: true, LastRotatedDate: expect.any(String) } });
    expect((await byId(smAccessed))['api/partner']).toMatchObject({ evidence: { LastAccessedDate: null, daysSinceLastAccess: 0 } });
  });
});
