import { DescribeTableCommand, DynamoDBClient, ListTablesCommand, ListTagsOfResourceCommand } from '@aws-sdk/client-dynamodb';
import { DescribeKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/dynamodb/table-cmk-encrypted.js';
import { awsError, TEST_ACCOUNT } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { table, tableArn } from './fixtures.js';

const ddb = mockClient(DynamoDBClient);
const kms = mockClient(KMSClient);
beforeEach(() => {
  ddb.reset();
  kms.reset();
});
const CMK = `arn:aws:kms:us-east-1:${TEST_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const AWS_KEY = `arn:aws:kms:us-east-1:${TEST_ACCOUNT}:key/0000aaaa-12ab-34cd-56ef-1234567890ab`;
const kmsSse = (KMSMasterKeyArn: string) => ({ SSEDescription: { Status: 'ENABLED' as const, SSEType: 'KMS' as const, KMSMasterKeyArn } });
const tags = (name: string, value?: string) => ddb.on(ListTagsOfResourceCommand, { ResourceArn: tableArn(name) }).resolves({ Tags: value === undefined ? [] : [{ Key: 'Data-Classification', Value: value }] });

describe('dynamodb.table-cmk-encrypted', () => {
  it('judges classified tables only: customer key PASS, AWS owned or AWS managed key FAIL', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['cmk', 'owned', 'managed', 'public', 'untagged'] });
    tags('cmk', 'confidential');
    tags('owned', 'Restricted');
    tags('managed', 'confidential');
    tags('public', 'public');
    tags('untagged');
    ddb.on(DescribeTableCommand, { TableName: 'cmk' }).resolves({ Table: table('cmk', kmsSse(CMK)) });
    ddb.on(DescribeTableCommand, { TableName: 'owned' }).resolves({ Table: table('owned') });
    ddb.on(DescribeTableCommand, { TableName: 'managed' }).resolves({ Table: table('managed', kmsSse(AWS_KEY)) });
    kms.on(DescribeKeyCommand, { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }).resolves({ KeyMetadata: { KeyId: 'x', KeyManager: 'CUSTOMER' } });
    kms.on(DescribeKeyCommand, { KeyId: '0000aaaa-12ab-34cd-56ef-1234567890ab' }).resolves({ KeyMetadata: { KeyId: 'y', KeyManager: 'AWS' } });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'cmk', arn: tableArn('cmk') }, evidence: { 'data-classification': 'confidential', SSEType: 'KMS', KMSMasterKeyArn: CMK, KeyManager: 'CUSTOMER' }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'managed' }, evidence: { KMSMasterKeyArn: AWS_KEY, KeyManager: 'AWS' } },
      { status: 'FAIL', resource: { id: 'owned' }, evidence: { 'data-classification': 'Restricted', SSEType: null, KMSMasterKeyArn: null } },
    ]);
    // unclassified tables are not described
    expect(ddb.commandCalls(DescribeTableCommand)).toHaveLength(3);
  });

  it('FAIL for a KMS table being switched back to the AWS owned key', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['t'] });
    tags('t', 'confidential');
    ddb.on(DescribeTableCommand).resolves({ Table: table('t', { SSEDescription: { Status: 'DISABLING', SSEType: 'KMS', KMSMasterKeyArn: CMK } }) });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { SSEStatus: 'DISABLING' } }]);
    expect(kms.commandCalls(DescribeKeyCommand)).toHaveLength(0);
  });

  it('options choose the tag and the classes', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['t'] });
    ddb.on(ListTagsOfResourceCommand).resolves({ Tags: [{ Key: 'sensitivity', Value: 'pii' }] });
    ddb.on(DescribeTableCommand).resolves({ Table: table('t') });
    expect(await runCheck(check, { options: { classificationTag: 'sensitivity', cmkRequiredFor: ['PII'] } })).toMatchObject([{ status: 'FAIL', evidence: { sensitivity: 'pii' } }]);
  });

  it('ERROR for a table whose tags, or whose key, cannot be read', async () => {
    ddb.on(ListTablesCommand).resolves({ TableNames: ['a', 'b'] });
    ddb.on(ListTagsOfResourceCommand, { ResourceArn: tableArn('a') }).rejects(awsError('AccessDeniedException'));
    tags('b', 'confidential');
    ddb.on(DescribeTableCommand, { TableName: 'b' }).resolves({ Table: table('b', kmsSse(CMK)) });
    kms.on(DescribeKeyCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('dynamodb:ListTagsOfResource') },
      { status: 'ERROR', resource: { id: 'b' }, message: expect.stringContaining('kms:DescribeKey') },
    ]);
  });
});
