import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { GetResourcesCommand, ResourceGroupsTaggingAPIClient } from '@aws-sdk/client-resource-groups-tagging-api';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
// The SDK's fromTemporaryCredentials (which the client factory uses to assume roles) sends
// AssumeRole through its own STS client class, from @aws-sdk/nested-clients: mock that one.
import { AssumeRoleCommand, STSClient as NestedSTSClient } from '@aws-sdk/nested-clients/sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../../src/aws/clients.js';
import { defineCheck } from '../../src/check/define.js';
import { resolveCheck } from '../../src/check/registry.js';
import { accountErrorFinding, OrgSelectorError, parseTag, selectOrganizationAccounts, validateSelector } from '../../src/engine/organization.js';
import { mergeResults } from '../../src/result/merge.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { runScan } from '../../src/engine/scan.js';
import { ScopeError } from '../../src/engine/scope.js';
import { inShard } from '../../src/engine/shard.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const org = mockClient(OrganizationsClient);
const sts = mockClient(STSClient);
const assume = mockClient(NestedSTSClient);
const ec2 = mockClient(EC2Client);
// Service discovery after the checks: an empty region (these tests are about accounts, not coverage).
const tagging = mockClient(ResourceGroupsTaggingAPIClient);

const MGMT = '111111111111';
const A = '222222222222';
const B = '333333333333';
const C = '444444444444';
const D = '555555555555'; // suspended
const E = '666666666666';

// Root r-root1 ─ A
//   ou-root-workload1 ─ B, ou-root-nested01 ─ C
//   ou-root-sandbox1 ─ E
const TREE: Record<string, { accounts: string[]; ous: string[] }> = {
  'r-root1': { accounts: [MGMT, A, D], ous: ['ou-root-workload1', 'ou-root-sandbox1'] },
  'ou-root-workload1': { accounts: [B], ous: ['ou-root-nested01'] },
  'ou-root-nested01': { accounts: [C], ous: [] },
  'ou-root-sandbox1': { accounts: [E], ous: [] },
};
const TAGS: Record<string, { Key: string; Value: string }[]> = { [A]: [{ Key: 'env', Value: 'prod' }], [B]: [{ Key: 'env', Value: 'dev' }], [E]: [{ Key: 'srm-audit', Value: 'skip' }] };
const acct = (Id: string) => ({ Id, Name: `n${Id}`, State: Id === D ? 'SUSPENDED' : 'ACTIVE', Status: Id === D ? 'SUSPENDED' : 'ACTIVE' });

beforeEach(() => {
  org.reset();
  sts.reset();
  assume.reset();
  ec2.reset();
  tagging.reset();
  tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
  // Two pages, to prove pagination.
  org.on(ListAccountsCommand).callsFake((input: { NextToken?: string }) =>
    input.NextToken ? { Accounts: [B, C, D, E].map(acct) } : { Accounts: [MGMT, A].map(acct), NextToken: 'page2' },
  );
  org.on(ListAccountsForParentCommand).callsFake((input: { ParentId: string }) => ({ Accounts: (TREE[input.ParentId]?.accounts ?? []).map(acct) }));
  org.on(ListChildrenCommand).callsFake((input: { ParentId: string }) => ({ Children: (TREE[input.ParentId]?.ous ?? []).map((Id) => ({ Id, Type: 'ORGANIZATIONAL_UNIT' })) }));
  org.on(ListTagsForResourceCommand).callsFake((input: { ResourceId: string }) => ({ Tags: TAGS[input.ResourceId] ?? [] }));
});

const select = (sel: Parameters<typeof selectOrganizationAccounts>[1]) => selectOrganizationAccounts(createTestInventory({ account: MGMT }).inventory.organizations, sel);

describe('organization account selection', () => {
  it('lists every ACTIVE account across pages, sorted, with no OU or tag calls when no filter needs them', async () => {
    expect(await select({})).toEqual([MGMT, A, B, C, E]);
    expect(org.commandCalls(ListAccountsCommand)).toHaveLength(2);
    expect(org.commandCalls(ListChildrenCommand)).toHaveLength(0);
    expect(org.commandCalls(ListTagsForResourceCommand)).toHaveLength(0);
  });

  it('includes and excludes by account id; exclude wins', async () => {
    expect(await select({ include: { accounts: [A, B, D] } })).toEqual([A, B]);
    expect(await select({ exclude: { accounts: [MGMT, C] } })).toEqual([A, B, E]);
    expect(await select({ include: { accounts: [A, B] }, exclude: { accounts: [B] } })).toEqual([A]);
  });

  it('includes and excludes by OU, recursively through nested OUs', async () => {
    expect(await select({ include: { ous: ['ou-root-workload1'] } })).toEqual([B, C]);
    expect(await select({ exclude: { ous: ['ou-root-workload1', 'ou-root-sandbox1'] } })).toEqual([MGMT, A]);
    expect(await select({ include: { ous: ['r-root1'] }, exclude: { ous: ['ou-root-nested01'] } })).toEqual([MGMT, A, B, E]);
  });

  it('includes and excludes by tag key=value or by key alone, reading each listed account\'s tags once', async () => {
    expect(await select({ include: { tags: ['env=prod'] } })).toEqual([A]);
    expect(await select({ include: { tags: ['env'] } })).toEqual([A, B]);
    const inventory = createTestInventory({ account: MGMT }).inventory.organizations;
    org.resetHistory();
    expect(await selectOrganizationAccounts(inventory, { include: { tags: ['env'] }, exclude: { tags: ['env=dev', 'srm-audit=skip'] } })).toEqual([A]);
    expect(org.commandCalls(ListTagsForResourceCommand).map((c) => c.args[0].input.ResourceId).sort()).toEqual([MGMT, A, B, C, E]);
  });

  it('combines selectors: an account matching any include criterion is kept', async () => {
    expect(await select({ include: { accounts: [MGMT], ous: ['ou-root-nested01'], tags: ['env=prod'] } })).toEqual([MGMT, A, C]);
  });

  it('rejects malformed selector values with one sentence', () => {
    expect(() => validateSelector({ accounts: ['12345'] }, 'include:')).toThrow(new OrgSelectorError('include: account "12345" is not a 12-digit AWS account id'));
    expect(() => validateSelector({ ous: ['sandbox'] }, 'exclude:')).toThrow(/OU "sandbox" is not an organizational unit id/);
    expect(() => validateSelector({ tags: ['=x'] }, 'include:')).toThrow(/must be key=value or key/);
    expect(() => validateSelector({ accounts: [A], ous: ['ou-ab12-cd34ef56', 'r-ab12'], tags: ['a=b', 'c'] }, 'include:')).not.toThrow();
    expect(parseTag('team=a=b')).toEqual(['team', 'a=b']);
  });

  it('builds the unreachable-account ERROR through the one finding builder, schema-shaped', () => {
    const f = accountErrorFinding({ account: A, partition: 'aws', roleArn: `arn:aws:iam::${A}:role/R`, code: 'AccessDenied', message: 'not authorized', stage: 'assume' });
    expect(f).toMatchObject({ status: 'ERROR', account: A, region: 'global', checkId: 'organizations.member-account-access', resource: { arn: `arn:aws:iam::${A}:root`, id: A, type: 'AWS::Organizations::Account' }, srm: { duty: 'configuration-management', layer: 'operations', serviceModel: 'SaaS', owner: 'customer' } });
    expect(f.message).toBe(`Could not scan account ${A}: assuming role arn:aws:iam::${A}:role/R failed with AccessDenied: not authorized`);
  });
});

// ---- the engine: runScan with an organization, every AWS answer mocked ------------------------------

/** AssumeRole hands out keys naming the account; GetCallerIdentity answers from the signing key. */
function mockIdentities(refuse: string[]) {
  assume.on(AssumeRoleCommand).callsFake((input: { RoleArn: string; RoleSessionName: string; ExternalId?: string }) => {
    const account = input.RoleArn.split(':')[4]!;
    if (refuse.includes(account)) throw awsError('AccessDenied', { message: `User: arn:aws:iam::${MGMT}:user/auditor is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}` });
    return { Credentials: { AccessKeyId: `AKID${account}`, SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(Date.now() + 3600_000) } };
  });
  sts.on(GetCallerIdentityCommand).callsFake(async (_input: unknown, getClient: () => STSClient) => {
    const creds = await getClient().config.credentials();
    const account = creds.accessKeyId.startsWith('AKID') ? creds.accessKeyId.slice(4) : MGMT;
    return account === MGMT
      ? { Account: MGMT, Arn: `arn:aws:iam::${MGMT}:user/auditor` }
      : { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/Scan/session` };
  });
  ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1' }, { RegionName: 'eu-west-1' }] });
}

const probe = resolveCheck(defineCheck({
  id: 'iam.account-probe', title: 'probe', description: 'd', service: 'iam', resourceType: 'AWS::IAM::User', severity: 'low', duty: 'identity-access', serviceModel: 'SaaS', scope: 'global',
  remediation: { text: 'x', url: 'https://docs.aws.amazon.com/' },
  async run({ scope, result }) {
    return [result.fail({ arn: `arn:aws:iam::${scope.account}:user/u`, id: `u-${scope.account}` }, 'no')];
  },
}), 'test');

const masterCreds = async () => ({ accessKeyId: 'MASTER', secretAccessKey: 's' });
const scan = (extra: Partial<Parameters<typeof runScan>[0]> = {}) =>
  runScan({
    checks: [probe],
    accounts: [],
    regions: ['us-east-1'],
    limits: DEFAULT_LIMITS,
    clientOptions: { ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 1, env: {}, masterCredentials: masterCreds },
    organization: { roleName: 'Scan', externalId: 'ext-123' },
    ...extra,
  });

describe('runScan with an organization', () => {
  it('scans the management account with its own credentials and each member through the role (session named after the scan)', async () => {
    mockIdentities([]);
    const { result } = await scan();
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.accounts).toEqual([MGMT, A, B, C, E]);
    expect(result.findings.map((f) => f.account)).toEqual([MGMT, A, B, C, E]);
    expect(result.scan.identity).toBe(`arn:aws:iam::${MGMT}:user/auditor`);
    const assumed = assume.commandCalls(AssumeRoleCommand).map((c) => c.args[0].input);
    expect(assumed.map((i) => i.RoleArn).sort()).toEqual([A, B, C, E].map((a) => `arn:aws:iam::${a}:role/Scan`));
    for (const i of assumed) expect(i).toMatchObject({ RoleSessionName: `srm-audit-${result.scan.id.slice(0, 8)}`, ExternalId: 'ext-123' });
    expect(result.scan.incomplete).toBe(false);
  });

  it('turns a member whose role cannot be assumed into ONE ERROR and one scan error, and scans the others', async () => {
    mockIdentities([B]);
    const { result } = await scan();
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.accounts).toEqual([MGMT, A, B, C, E]);
    const ofB = result.findings.filter((f) => f.account === B);
    expect(ofB).toHaveLength(1);
    expect(ofB[0]).toMatchObject({ status: 'ERROR', checkId: 'organizations.member-account-access', resource: { arn: `arn:aws:iam::${B}:root` } });
    expect(ofB[0]!.message).toContain(`arn:aws:iam::${B}:role/Scan`);
    expect(ofB[0]!.message).toContain('AccessDenied');
    expect(result.scan.errors).toEqual([expect.objectContaining({ scope: `${B}/global`, operation: 'sts:AssumeRole', code: 'AccessDenied', kind: 'denied', iamAction: 'sts:AssumeRole' })]);
    expect(result.findings.filter((f) => f.status === 'FAIL').map((f) => f.account)).toEqual([MGMT, A, C, E]);
    expect(result.scan.incomplete).toBe(true);
    expect(result.scan.checks).toEqual(['iam.account-probe']);
  });

  it('a member whose regions cannot be listed (no --regions) is one ERROR too, the request path naming the denied call', async () => {
    mockIdentities([]);
    ec2.on(DescribeRegionsCommand).callsFake(async (_input: unknown, getClient: () => EC2Client) => {
      if ((await getClient().config.credentials()).accessKeyId === `AKID${E}`) throw awsError('UnauthorizedOperation');
      return { Regions: [{ RegionName: 'us-east-1' }] };
    });
    const { result } = await scan({ regions: [] });
    const ofE = result.findings.filter((f) => f.account === E);
    expect(ofE).toHaveLength(1);
    expect(ofE[0]).toMatchObject({ status: 'ERROR', checkId: 'organizations.member-account-access' });
    expect(ofE[0]!.message).toMatch(/^Could not scan account 666666666666 \(through role arn:aws:iam::666666666666:role\/Scan\): cannot list the enabled regions of account 666666666666 .*ec2:DescribeRegions/);
    expect(result.scan.errors).toEqual([expect.objectContaining({ scope: `${E}/us-east-1`, operation: 'ec2:DescribeRegions', kind: 'denied' })]);
    expect(result.scan.accounts).toEqual([MGMT, A, B, C, E]);
    expect(result.scan.regions).toEqual(['us-east-1']);
  });

  it('scans only the accounts of its shard, and the shards together cover every account once', async () => {
    mockIdentities([]);
    const seen: string[] = [];
    for (let k = 1; k <= 3; k++) {
      const { result } = await scan({ shard: { index: k, count: 3 } });
      expect(result.scan.shard).toEqual({ index: k, count: 3 });
      for (const a of result.scan.accounts) expect(inShard(a, { index: k, count: 3 })).toBe(true);
      seen.push(...result.scan.accounts);
    }
    expect(seen.sort()).toEqual([MGMT, A, B, C, E]);
  });

  it('merges its shards into the unsharded result, up to scan id, clocks and API call counts', async () => {
    mockIdentities([C]);
    const untimed = (r: ScanResult) => {
      const { id, startedAt, finishedAt, evaluatedAt, apiCalls, apiCallsByOperation, mergedFrom, shard, ...rest } = r.scan;
      void [id, startedAt, finishedAt, evaluatedAt, apiCalls, apiCallsByOperation, mergedFrom, shard];
      return { ...r, scan: rest };
    };
    const regional = resolveCheck(defineCheck({
      id: 'ec2.region-probe', title: 'probe', description: 'd', service: 'ec2', resourceType: 'AWS::EC2::VPC', severity: 'medium', duty: 'network-access', serviceModel: 'IaaS', scope: 'regional',
      remediation: { text: 'x', url: 'https://docs.aws.amazon.com/' },
      async run({ scope, result }) {
        return [result.pass({ arn: `arn:aws:ec2:${scope.region}:${scope.account}:vpc/v`, id: 'v' }, 'ok')];
      },
    }), 'test');
    const req = { checks: [probe, regional], regions: ['us-east-1', 'eu-west-1'] };
    const { result: whole } = await scan(req);
    const shards: ScanResult[] = [];
    for (let k = 1; k <= 3; k++) shards.push((await scan({ ...req, shard: { index: k, count: 3 } })).result);
    const merged = mergeResults(shards.reverse().map((result, i) => ({ source: `shard${i}`, result })));
    expect(validateResult(merged)).toEqual([]);
    expect(whole.findings.length).toBe(4 * 3 + 1);
    expect(untimed(merged)).toEqual(untimed(whole));
    expect(JSON.stringify(merged.findings)).toBe(JSON.stringify(whole.findings));
    expect(merged.scan.apiCalls).toBe(shards.reduce((n, s) => n + s.scan.apiCalls, 0));
  });

  it('stops with a ScopeError (exit 2) when the caller cannot list the organization', async () => {
    mockIdentities([]);
    org.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', { message: 'You don\'t have permissions to access this resource.' }));
    await expect(scan()).rejects.toThrow(ScopeError);
    await expect(scan()).rejects.toThrow(/cannot list the organization's accounts from account 111111111111 .*organizations:ListAccounts.*management account or a delegated administrator/);
  });

  it('shards configured accounts by id, and asks for ids when one is missing', async () => {
    mockIdentities([]);
    await expect(scan({ organization: undefined, accounts: [{ profile: 'x' }], shard: { index: 1, count: 2 } })).rejects.toThrow(/--shard needs the account id of every account to scan/);
  });
});
