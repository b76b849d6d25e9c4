import { DescribeHubCommand, GetAdministratorAccountCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const sh = mockClient(SecurityHubClient);
beforeEach(() => sh.reset());

describe('securityhub inventory', () => {
  it('hub(region) keeps the deciding fields, asked once under concurrent callers', async () => {
    sh.on(DescribeHubCommand).resolves({ HubArn: 'arn:aws:securityhub:us-east-1:111122223333:hub/default', SubscribedAt: '2025-02-01T10:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' });
    const { inventory } = createTestInventory();
    const [a, b] = await Promise.all([inventory.securityhub.hub('us-east-1'), inventory.securityhub.hub('us-east-1')]);
    expect(a).toBe(b);
    expect(a).toEqual({ HubArn: 'arn:aws:securityhub:us-east-1:111122223333:hub/default', SubscribedAt: '2025-02-01T10:00:00.000Z', AutoEnableControls: true, ControlFindingGenerator: 'SECURITY_CONTROL' });
    expect(sh.commandCalls(DescribeHubCommand)).toHaveLength(1);
  });

  it.each(['InvalidAccessException', 'ResourceNotFoundException'])('%s (not subscribed) → null for hub and administrator', async (code) => {
    sh.on(DescribeHubCommand).rejects(awsError(code, { status: 401 }));
    sh.on(GetAdministratorAccountCommand).rejects(awsError(code, { status: 401 }));
    const { inventory } = createTestInventory();
    expect(await inventory.securityhub.hub('eu-west-1')).toBeNull();
    expect(await inventory.securityhub.administrator('eu-west-1')).toBeNull();
  });

  it('administrator: null when none (empty answer), the account when a delegated administrator manages it', async () => {
    sh.on(GetAdministratorAccountCommand).resolvesOnce({}).resolves({ Administrator: { AccountId: '999988887777', MemberStatus: 'Enabled', InvitationId: 'i', InvitedAt: new Date() } });
    expect(await createTestInventory().inventory.securityhub.administrator('us-east-1')).toBeNull();
    expect(await createTestInventory().inventory.securityhub.administrator('us-east-1')).toEqual({ AccountId: '999988887777', MemberStatus: 'Enabled' });
  });

  it.each([
    ['hub', DescribeHubCommand, 'securityhub:DescribeHub'],
    ['administrator', GetAdministratorAccountCommand, 'securityhub:GetAdministratorAccount'],
  ] as const)('%s: denied → InventoryError carrying the IAM action, cached', async (getter, Command, action) => {
    sh.on(Command as typeof DescribeHubCommand).rejects(awsError('AccessDeniedException'));
    const { inventory } = createTestInventory();
    const err = await inventory.securityhub[getter]('us-east-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', iamAction: action });
    await inventory.securityhub[getter]('us-east-1').catch(() => undefined);
    expect(sh.commandCalls(Command as typeof DescribeHubCommand)).toHaveLength(1);
  });
});
