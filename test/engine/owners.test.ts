import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { ListAccountsForParentCommand, ListChildrenCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/index.js';
import { resolveCheck } from '../../src/check/registry.js';
import { discoverCoverage } from '../../src/engine/coverage.js';
import { accountOus, attachOwners } from '../../src/engine/owners.js';
import { buildFinding, type Finding } from '../../src/result/finding.js';
import { validateResult } from '../../src/result/result.js';
import { awsError, createTestInventory, TEST_ACCOUNT } from '../harness/aws.js';

const tagging = mockClient(ResourceGroupsTaggingAPIClient);
const orgs = mockClient(OrganizationsClient);
const iam = mockClient(IAMClient);
beforeEach(() => {
  tagging.reset();
  orgs.reset();
  iam.reset();
});

const check = resolveCheck(builtinChecks.find((c) => c.id === 'ec2.default-security-group-closed')!, 'builtin');
const sgArn = (id: string, region = 'eu-west-1') => `arn:aws:ec2:${region}:${TEST_ACCOUNT}:security-group/${id}`;
const finding = (id: string, region = 'eu-west-1', status: 'PASS' | 'FAIL' = 'FAIL'): Finding =>
  buildFinding(check, { account: TEST_ACCOUNT, region, partition: 'aws' }, { status, resource: { arn: sgArn(id, region), id }, message: `${id} is open` });
const target = (regions: string[]) => {
  const { inventory, stats } = createTestInventory();
  return { t: { account: TEST_ACCOUNT, partition: 'aws', regions, inventory }, stats };
};

describe('attachOwners', () => {
  it('gives each finding its resource\'s Name and tags and the team of its owner tag, from the one bulk listing per region', async () => {
    tagging.on(GetResourcesCommand).resolves({
      ResourceTagMappingList: [{ ResourceARN: sgArn('sg-1'), Tags: [{ Key: 'Name', Value: 'web-default' }, { Key: 'team', Value: 'web' }] }],
    });
    const { t, stats } = target(['eu-west-1']);
    // Service discovery lists the region first; owners reuse that memoized listing.
    await discoverCoverage([t], [check]);
    const out = await attachOwners([finding('sg-1'), finding('sg-2')], [t], { mapping: { ownerTags: ['team'], defaultTeam: 'security' } });
    expect(out[0]).toMatchObject({ resource: { id: 'sg-1', name: 'web-default', tags: { Name: 'web-default', team: 'web' } }, owner: { team: 'web', by: 'tag', key: 'team' } });
    expect(out[1]!.resource.name).toBeUndefined();
    expect(out[1]!.owner).toEqual({ team: 'security', by: 'default' });
    expect(tagging.commandCalls(GetResourcesCommand)).toHaveLength(1);
    expect(stats.total).toBe(1);
  });

  it('without an owner mapping, findings get names and tags but no owner', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [{ ResourceARN: sgArn('sg-1'), Tags: [{ Key: 'Name', Value: 'n' }] }] });
    const { t } = target(['eu-west-1']);
    const [f] = await attachOwners([finding('sg-1')], [t]);
    expect(f!.resource.name).toBe('n');
    expect(f!.owner).toBeUndefined();
  });

  it('a global finding is found in any region\'s listing (S3 buckets, ARNs without a region)', async () => {
    tagging.on(GetResourcesCommand, { }).resolves({ ResourceTagMappingList: [{ ResourceARN: 'arn:aws:s3:::logs', Tags: [{ Key: 'owner', Value: 'data' }] }] });
    const { t } = target(['eu-west-1']);
    const s3 = resolveCheck(builtinChecks.find((c) => c.id.startsWith('s3.'))!, 'builtin');
    const f = buildFinding(s3, { account: TEST_ACCOUNT, region: 'global', partition: 'aws' }, { status: 'FAIL', resource: { arn: 'arn:aws:s3:::logs', id: 'logs' }, message: 'x' });
    const [out] = await attachOwners([f], [t], { mapping: { ownerTags: ['team', 'owner'] } });
    expect(out!.owner).toEqual({ team: 'data', by: 'tag', key: 'owner' });
  });

  it('denied tags: the finding says its tags could not be read (naming the permission), never a silent unowned finding', async () => {
    tagging.on(GetResourcesCommand).rejects(awsError('AccessDeniedException'));
    const { t } = target(['eu-west-1']);
    const [f] = await attachOwners([finding('sg-1')], [t], { mapping: { ownerTags: ['team'], accountTeams: { [TEST_ACCOUNT]: 'payments' } } });
    expect(f!.owner).toMatchObject({ team: 'payments', by: 'account', unresolved: expect.stringContaining('tag:GetResources') });
    expect(f!.resource.tags).toBeUndefined();
    // And service discovery reports the same listing as an ERROR finding.
    const { findings } = await discoverCoverage([t], [check]);
    expect(findings[0]).toMatchObject({ status: 'ERROR', checkId: 'tagging.service-discovery' });
  });

  it('IAM roles and users (which GetResources does not list) take their tags from the bulk GetAccountAuthorizationDetails', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
    const roleArn = `arn:aws:iam::${TEST_ACCOUNT}:role/deployer`;
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ RoleDetailList: [{ Arn: roleArn, RoleName: 'deployer', Tags: [{ Key: 'team', Value: 'ci' }] }], UserDetailList: [] });
    const { t } = target(['eu-west-1']);
    const iamCheck = resolveCheck(builtinChecks.find((c) => c.service === 'iam')!, 'builtin');
    const f = buildFinding(iamCheck, { account: TEST_ACCOUNT, region: 'global', partition: 'aws' }, { status: 'FAIL', resource: { arn: roleArn, id: 'deployer' }, message: 'x' });
    const [out] = await attachOwners([f, finding('sg-1')], [t], { mapping: { ownerTags: ['team'], defaultTeam: 'security' } });
    expect(out!.owner).toEqual({ team: 'ci', by: 'tag', key: 'team' });
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(1);
    // Denied: those findings say their tags are unknown, naming the permission.
    iam.reset();
    tagging.reset();
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    const denied = target(['eu-west-1']);
    const [o2, sg] = await attachOwners([f, finding('sg-1')], [denied.t], { mapping: { ownerTags: ['team'], defaultTeam: 'security' } });
    expect(o2!.owner).toMatchObject({ team: 'security', by: 'default', unresolved: expect.stringContaining('iam:GetAccountAuthorizationDetails') });
    expect(sg!.owner).toEqual({ team: 'security', by: 'default' });
  });

  it('without an owner tag to decide, IAM tags are not fetched (but used when a check already read them)', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
    const { t } = target(['eu-west-1']);
    const iamCheck = resolveCheck(builtinChecks.find((c) => c.service === 'iam')!, 'builtin');
    const f = buildFinding(iamCheck, { account: TEST_ACCOUNT, region: 'global', partition: 'aws' }, { status: 'FAIL', resource: { arn: `arn:aws:iam::${TEST_ACCOUNT}:user/bob`, id: 'bob' }, message: 'x' });
    await attachOwners([f], [t], { mapping: { accountTeams: { [TEST_ACCOUNT]: 'payments' } } });
    expect(iam.commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(0);
  });

  it('an interrupted scan makes no request and says the tags were not read', async () => {
    const { t, stats } = target(['eu-west-1']);
    const [f] = await attachOwners([finding('sg-1')], [t], { mapping: { defaultTeam: 'security' }, interrupted: true });
    expect(f!.owner).toMatchObject({ team: 'security', by: 'default', unresolved: expect.stringContaining('interrupted') });
    expect(stats.total).toBe(0);
  });

  it('ouTeams: an account takes the team of the nearest configured OU above it', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
    // ou-aaaa-11111111 (platform) > ou-bbbb-22222222 (payments) > our account
    orgs.on(ListAccountsForParentCommand, { ParentId: 'ou-aaaa-11111111' }).resolves({ Accounts: [{ Id: '999988887777' }] });
    orgs.on(ListChildrenCommand, { ParentId: 'ou-aaaa-11111111' }).resolves({ Children: [{ Id: 'ou-bbbb-22222222', Type: 'ORGANIZATIONAL_UNIT' }] });
    orgs.on(ListAccountsForParentCommand, { ParentId: 'ou-bbbb-22222222' }).resolves({ Accounts: [{ Id: TEST_ACCOUNT }] });
    orgs.on(ListChildrenCommand, { ParentId: 'ou-bbbb-22222222' }).resolves({ Children: [] });
    const { t } = target(['eu-west-1']);
    const ous = await accountOus(t.inventory.organizations, ['ou-aaaa-11111111', 'ou-bbbb-22222222']);
    expect(Object.fromEntries(ous)).toEqual({ '999988887777': 'ou-aaaa-11111111', [TEST_ACCOUNT]: 'ou-bbbb-22222222' });
    const [f] = await attachOwners([finding('sg-1')], [t], { mapping: { ouTeams: { 'ou-aaaa-11111111': 'platform', 'ou-bbbb-22222222': 'payments' } } });
    expect(f!.owner).toEqual({ team: 'payments', by: 'ou', key: 'ou-bbbb-22222222' });
    // Each OU listed once, although two configured OUs reach it.
    expect(orgs.commandCalls(ListAccountsForParentCommand)).toHaveLength(2);
  });

  it('OUs that cannot be listed are named on findings that fell through to the default', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
    orgs.on(ListAccountsForParentCommand).rejects(awsError('AccessDeniedException'));
    const { t } = target(['eu-west-1']);
    const [f, error] = await attachOwners([finding('sg-1')], [t], { mapping: { ouTeams: { 'ou-aaaa-11111111': 'platform' }, defaultTeam: 'security' } });
    expect(f!.owner).toMatchObject({ team: 'security', by: 'default', unresolved: expect.stringContaining('organizations:ListAccountsForParent') });
    // And the map that could not be applied is an ERROR of its own, naming the permission.
    expect(error).toMatchObject({ checkId: 'organizations.ou-teams-resolved', status: 'ERROR', evidence: { iamAction: 'organizations:ListAccountsForParent' } });
  });

  it('the enriched findings stay valid against the result schema', async () => {
    tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [{ ResourceARN: sgArn('sg-1'), Tags: [{ Key: 'Name', Value: 'n' }, { Key: 'team', Value: 'web' }] }] });
    const { t } = target(['eu-west-1']);
    const findings = await attachOwners([finding('sg-1')], [t], { mapping: { ownerTags: ['team'] } });
    const { summarize, RESULT_SCHEMA_VERSION } = await import('../../src/result/result.js');
    const result = {
      schemaVersion: RESULT_SCHEMA_VERSION, tool: { name: 'srm-audit', version: '0.0.0' },
      scan: { id: 'x', startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:00.000Z', mode: 'live', evaluatedAt: '2026-01-01T00:00:00.000Z', accounts: [TEST_ACCOUNT], regions: ['eu-west-1'], checks: [check.id], apiCalls: 1, apiCallsByOperation: {}, errors: [], suppressions: [], incomplete: false },
      findings, summary: summarize(findings),
    };
    expect(validateResult(result)).toEqual([]);
    expect(validateResult({ ...result, findings: [{ ...findings[0], owner: { team: 'web', by: 'guess' } }] })).not.toEqual([]);
  });
});
