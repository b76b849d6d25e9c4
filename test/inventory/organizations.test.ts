import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
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
});
