import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';
import { domain } from '../checks/opensearch/fixtures.js';

const os = mockClient(OpenSearchClient);
beforeEach(() => os.reset());
const names = Array.from({ length: 11 }, (_, i) => `d${String(i).padStart(2, '0')}`);

describe('opensearch inventory', () => {
  it('domains(region): one ListDomainNames, then DescribeDomains 5 names a call, once under concurrent callers', async () => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: names.map((DomainName) => ({ DomainName, EngineType: 'OpenSearch' })) });
    os.on(DescribeDomainsCommand).callsFake((input: { DomainNames: string[] }) => ({ DomainStatusList: input.DomainNames.map((n) => domain(n)) }));
    const { inventory } = createTestInventory();
    const [x, y] = await Promise.all([inventory.opensearch.domains('eu-west-1'), inventory.opensearch.domains('eu-west-1')]);
    expect(x).toBe(y);
    expect(x.map((d) => d.DomainName)).toEqual(names);
    expect(os.commandCalls(ListDomainNamesCommand)).toHaveLength(1);
    expect(os.commandCalls(DescribeDomainsCommand).map((c) => c.args[0].input.DomainNames)).toEqual([names.slice(0, 5), names.slice(5, 10), names.slice(10)]);
  });

  it.each([
    [ListDomainNamesCommand, 'es:ListDomainNames'],
    [DescribeDomainsCommand, 'es:DescribeDomains'],
  ] as const)('%s denied → InventoryError carrying the IAM action, cached (asked once)', async (Command, action) => {
    os.on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'a' }] });
    os.on(Command as typeof ListDomainNamesCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.opensearch.domains('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await inventory.opensearch.domains('us-east-1').catch(() => undefined);
    expect(os.commandCalls(Command as typeof ListDomainNamesCommand)).toHaveLength(1);
  });
});
