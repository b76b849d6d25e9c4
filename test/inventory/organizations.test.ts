import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const org = mockClient(OrganizationsClient);
beforeEach(() => org.reset());

describe('organizations inventory', () => {
  it('organization() asks once in the global region, under concurrent callers', async () => {
    org.on(DescribeOrganizationCommand).resolves({
      Organization: { Id: 'o-abc123', Arn: 'arn:aws:organizations::999988887777:organization/o-abc123', MasterAccountId: '999988887777', MasterAccountEmail: 'root@example.com', FeatureSet: 'ALL', AvailablePolicyTypes: [] },
    });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.organizations.organization(), inventory.organizations.organization()]);
    expect(a).toBe(b);
    expect(a).toEqual({ Id: 'o-abc123', Arn: 'arn:aws:organizations::999988887777:organization/o-abc123', MasterAccountId: '999988887777', FeatureSet: 'ALL' });
    const calls = org.commandCalls(DescribeOrganizationCommand);
    expect(calls).toHaveLength(1);
    expect(await (calls[0]!.thisValue as OrganizationsClient).config.region()).toBe('us-east-1');
  });

  it('AWSOrganizationsNotInUseException (not in an organization) → null', async () => {
    org.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', { message: 'Your account is not a member of an organization.' }));
    expect(await createTestInventory().inventory.organizations.organization()).toBeNull();
  });

  it('denied → InventoryError carrying the IAM action, cached', async () => {
    org.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.organizations.organization().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: 'organizations:DescribeOrganization' });
    await inventory.organizations.organization().catch(() => undefined);
    expect(org.commandCalls(DescribeOrganizationCommand)).toHaveLength(1);
  });

  it('accounts() follows every page once, in the global region, keeping the fields the scan needs', async () => {
    org.on(ListAccountsCommand, {}).resolves({ Accounts: [{ Id: '111111111111', Name: 'a', Email: 'a@example.com', State: 'ACTIVE', Status: 'ACTIVE' }], NextToken: 't1' });
    org.on(ListAccountsCommand, { NextToken: 't1' }).resolves({ Accounts: [{ Id: '222222222222', Name: 'b', State: 'SUSPENDED', Status: 'SUSPENDED' }] });
    const { inventory, stats } = createTestInventory();
    const [a, b] = await Promise.all([inventory.organizations.accounts(), inventory.organizations.accounts()]);
    expect(a).toBe(b);
    expect(a).toEqual([
      { Id: '111111111111', Arn: undefined, Name: 'a', State: 'ACTIVE', Status: 'ACTIVE' },
      { Id: '222222222222', Arn: undefined, Name: 'b', State: 'SUSPENDED', Status: 'SUSPENDED' },
    ]);
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(2);
    expect(await (org.commandCalls(ListAccountsCommand)[0]!.thisValue as OrganizationsClient).config.region()).toBe('us-east-1');
    expect(stats.repeated.size).toBe(0);
  });

  it('accountsForParent(), childOus() and tags() are memoized per id and paginated', async () => {
    org.on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-cd34ef56' }).resolves({ Accounts: [{ Id: '111111111111' }], NextToken: 'n' });
    org.on(ListAccountsForParentCommand, { ParentId: 'ou-ab12-cd34ef56', NextToken: 'n' }).resolves({ Accounts: [{ Id: '222222222222' }] });
    org.on(ListChildrenCommand, { ParentId: 'r-ab12', ChildType: 'ORGANIZATIONAL_UNIT' }).resolves({ Children: [{ Id: 'ou-ab12-cd34ef56', Type: 'ORGANIZATIONAL_UNIT' }] });
    org.on(ListTagsForResourceCommand, { ResourceId: '111111111111' }).resolves({ Tags: [{ Key: 'env', Value: 'prod' }] });
    const { inventory } = createTestInventory();
    expect((await inventory.organizations.accountsForParent('ou-ab12-cd34ef56')).map((a) => a.Id)).toEqual(['111111111111', '222222222222']);
    await inventory.organizations.accountsForParent('ou-ab12-cd34ef56');
    expect(org.commandCalls(ListAccountsForParentCommand)).toHaveLength(2);
    expect(await inventory.organizations.childOus('r-ab12')).toEqual(['ou-ab12-cd34ef56']);
    expect(await inventory.organizations.tags('111111111111')).toEqual([{ Key: 'env', Value: 'prod' }]);
    await inventory.organizations.tags('111111111111');
    expect(org.commandCalls(ListTagsForResourceCommand)).toHaveLength(1);
  });

  it('a member account asking ListAccounts is denied: InventoryError naming organizations:ListAccounts', async () => {
    org.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', { message: 'You don\'t have permissions to access this resource.' }));
    const err = await createTestInventory().inventory.organizations.accounts().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'denied', iamAction: 'organizations:ListAccounts' });
  });
});
