import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const aa = mockClient(AccessAnalyzerClient);
beforeEach(() => aa.reset());
const createdAt = new Date('2025-03-01T00:00:00Z');

describe('accessanalyzer inventory', () => {
  it('analyzers(region) follows every page, keeps every type, asked once under concurrent callers', async () => {
    aa.on(ListAnalyzersCommand)
      .resolvesOnce({ analyzers: [{ arn: 'arn:a', name: 'ext', type: 'ACCOUNT', status: 'ACTIVE', createdAt, tags: { team: 'sec' } }], nextToken: 't2' })
      .resolves({ analyzers: [{ arn: 'arn:b', name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'FAILED', statusReason: { code: 'SERVICE_LINKED_ROLE_CREATION_FAILED' }, createdAt }] });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.accessanalyzer.analyzers('eu-west-1'), inventory.accessanalyzer.analyzers('eu-west-1')]);
    expect(a).toBe(b);
    expect(a).toEqual([
      { arn: 'arn:a', name: 'ext', type: 'ACCOUNT', status: 'ACTIVE', createdAt },
      { arn: 'arn:b', name: 'unused', type: 'ACCOUNT_UNUSED_ACCESS', status: 'FAILED', statusReason: { code: 'SERVICE_LINKED_ROLE_CREATION_FAILED' }, createdAt },
    ]);
    expect(aa.commandCalls(ListAnalyzersCommand).map((c) => c.args[0].input)).toEqual([{ maxResults: 100 }, { maxResults: 100, nextToken: 't2' }]);
  });

  it('no analyzer is an empty list (AWS answers one), not an error', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    expect(await createTestInventory().inventory.accessanalyzer.analyzers('us-east-1')).toEqual([]);
  });

  it('denied → InventoryError carrying the IAM action (access-analyzer prefix), cached', async () => {
    aa.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.accessanalyzer.analyzers('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: 'access-analyzer:ListAnalyzers' });
    await inventory.accessanalyzer.analyzers('us-east-1').catch(() => undefined);
    expect(aa.commandCalls(ListAnalyzersCommand)).toHaveLength(1);
  });
});
