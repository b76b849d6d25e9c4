/**
 * Findings reach their owners (issue 16, item 1), against the emulator: resources tagged with Name
 * and team show their names and land in a section per team in the Markdown and HTML reports, and
 * `report --owner <team>` renders one team's findings. Tags come from the one bulk
 * tag:GetResources listing per region that service discovery makes.
 */
import { CreateBucketCommand, PutBucketTaggingCommand, S3Client } from '@aws-sdk/client-s3';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateOrganizationalUnitCommand, CreateOrganizationCommand, ListRootsCommand, MoveAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/index.js';
import { REPORTS } from '../../reports/index.js';
import { DEFAULT_LIMITS } from '../../src/aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../../src/aws/clients.js';
import { resolveCheck } from '../../src/check/registry.js';
import { runScan } from '../../src/engine/scan.js';
import { accountOus } from '../../src/engine/owners.js';
import type { Finding } from '../../src/result/finding.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';
import { motoEndpoint, motoInventory, seedClient, useMotoAccount } from '../harness/moto-account.js';

const ACCOUNT = '611600000016';
const REGION = 'us-east-1';
const BUCKET = 'owners-orders-archive-6116';

let result: ScanResult;
let sgId: string;
let dir: string;

beforeAll(async () => {
  const s3 = seedClient(S3Client, ACCOUNT, REGION);
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  await s3.send(new PutBucketTaggingCommand({ Bucket: BUCKET, Tagging: { TagSet: [{ Key: 'Name', Value: 'orders archive' }, { Key: 'team', Value: 'data' }] } }));
  const ec2 = seedClient(EC2Client, ACCOUNT, REGION);
  const sg = await ec2.send(new CreateSecurityGroupCommand({
    GroupName: 'owners-web', Description: 'web front door',
    TagSpecifications: [{ ResourceType: 'security-group', Tags: [{ Key: 'Name', Value: 'web-frontend' }, { Key: 'team', Value: 'web' }] }],
  }));
  sgId = sg.GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: sgId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));

  const checks = builtinChecks.filter((c) => c.service === 's3' || c.service === 'ec2').map((c) => resolveCheck(c, 'builtin'));
  const outcome = await runScan({
    checks,
    accounts: [{}],
    regions: [REGION],
    limits: DEFAULT_LIMITS,
    clientOptions: {
      ...DEFAULT_CLIENT_OPTIONS,
      maxAttempts: 2,
      env: { AWS_ENDPOINT_URL: motoEndpoint() },
      masterCredentials: async () => ({ accessKeyId: 'testing', secretAccessKey: 'testing' }),
      onClient: (c) => useMotoAccount(c, ACCOUNT),
    },
    owners: { ownerTags: ['team', 'owner'], defaultTeam: 'platform' },
  });
  result = outcome.result;
  expect(outcome.repeatedCalls).toEqual([]);
  dir = await mkdtemp(join(tmpdir(), 'srm-owners-'));
  await writeFile(join(dir, 'result.json'), JSON.stringify(result));
}, 120_000);

const of = (resourceId: string): Finding[] => result.findings.filter((f) => f.resource.id === resourceId);

describe('names and owning teams from a scan of the emulator', () => {
  it('the result is schema-valid and tags were read with one GetResources per region, no per-resource tag call', () => {
    expect(validateResult(result)).toEqual([]);
    expect(result.scan.accounts).toEqual([ACCOUNT]);
    expect(result.scan.apiCallsByOperation['tagging:GetResources']).toBe(1);
    // s3:GetBucketTagging is s3.classified-bucket-kms-encrypted's own data (the classification tag), not the owners'.
    expect(Object.keys(result.scan.apiCallsByOperation).filter((op) => /Tag/.test(op) && op !== 'tagging:GetResources')).toEqual(['s3:GetBucketTagging']);
    expect(result.scan.apiCallsByOperation['s3:GetBucketTagging']).toBe(1);
  });

  it('findings on tagged resources carry the Name, the tags and the team of the team tag', () => {
    const sg = of(sgId);
    expect(sg.some((f) => f.status === 'FAIL')).toBe(true);
    for (const f of sg) expect(f).toMatchObject({ resource: { name: 'web-frontend', tags: { team: 'web' } }, owner: { team: 'web', by: 'tag', key: 'team' } });
    const bucket = of(BUCKET);
    expect(bucket.length).toBeGreaterThan(0);
    for (const f of bucket) expect(f).toMatchObject({ resource: { name: 'orders archive' }, owner: { team: 'data', by: 'tag' } });
  });

  it('untagged resources fall to defaultTeam, said as such', () => {
    const other = result.findings.filter((f) => f.resource.id !== sgId && f.resource.id !== BUCKET && f.status !== 'ERROR');
    expect(other.length).toBeGreaterThan(0);
    for (const f of other) expect(f.owner).toMatchObject({ team: 'platform', by: 'default' });
  });

  it('Markdown and HTML show names beside ids and a section per team', () => {
    const md = REPORTS.markdown!.render(result);
    expect(md).toContain(`\`${sgId}\` (web-frontend)`);
    const teams = md.slice(md.indexOf('## By owning team'));
    expect(teams).toMatch(/^### web$/m);
    expect(teams).toMatch(/^### data$/m);
    const web = teams.slice(teams.indexOf('### web'));
    expect(web).toContain('web-frontend');
    const html = REPORTS.html!.render(result);
    expect(html).toContain('<h2 id="teams-h">By owning team</h2>');
    expect(html).toMatch(/<h3 id="team-\d+-h">web<\/h3>/);
    expect(html).toContain(`<code>${sgId}</code> <span class="name">web-frontend</span>`);
  });

  it('report --owner web renders the web team\'s findings only', async () => {
    const md = await cli('report', '--input', dir, '--format', 'markdown', '--owner', 'web');
    expect(md.code).toBe(0);
    expect(md.out).toContain('**Team view: web.**');
    expect(md.out).toContain('web-frontend');
    expect(md.out).not.toContain('orders archive');
    const json = await cli('report', '--input', dir, '--format', 'json', '--owner', 'web');
    const view = JSON.parse(json.out) as ScanResult;
    expect(view.findings.length).toBe(of(sgId).length);
    expect(view.findings.every((f) => f.owner?.team === 'web')).toBe(true);
    const bad = await cli('report', '--input', dir, '--format', 'markdown', '--owner', 'nobody');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('teams: data, platform, web');
  });
});

describe('ouTeams against the emulator\'s organization', () => {
  const MANAGEMENT = '611600000017';
  it('finds the nearest configured OU above an account through ListChildren / ListAccountsForParent', async () => {
    const orgs = seedClient(OrganizationsClient, MANAGEMENT);
    await orgs.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
    const root = (await orgs.send(new ListRootsCommand({}))).Roots![0]!.Id!;
    const outer = (await orgs.send(new CreateOrganizationalUnitCommand({ ParentId: root, Name: 'workloads' }))).OrganizationalUnit!.Id!;
    const inner = (await orgs.send(new CreateOrganizationalUnitCommand({ ParentId: outer, Name: 'payments' }))).OrganizationalUnit!.Id!;
    await orgs.send(new MoveAccountCommand({ AccountId: MANAGEMENT, SourceParentId: root, DestinationParentId: inner }));
    const { inventory, errors } = motoInventory(MANAGEMENT);
    const ous = await accountOus(inventory.organizations, [root, outer, inner]);
    expect(errors).toEqual([]);
    expect(ous.get(MANAGEMENT)).toBe(inner);
    const broad = await accountOus(inventory.organizations, [root, outer]);
    expect(broad.get(MANAGEMENT)).toBe(outer);
  });
});
