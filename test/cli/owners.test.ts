/**
 * Issue 16, item 1 through the CLI: the config's owner keys reach the scan, and the demo (whose
 * config maps owners by the `team` tag, then `platform`) shows names and a section per team.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoConfigPath } from '../../src/cli/scan.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
let run: string;
let result: ScanResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-owners-cli-'));
  const r = await cli('scan', '--demo', '--output-dir', join(dir, 'out'), '--format', 'json,markdown,html,csv', '--quiet');
  expect([1, 3]).toContain(r.code);
  const [name] = await readdir(join(dir, 'out'));
  run = join(dir, 'out', name!);
  result = JSON.parse(await readFile(join(run, 'result.json'), 'utf8')) as ScanResult;
}, 60_000);
afterEach(() => vi.restoreAllMocks());

describe('owning teams from the CLI', () => {
  it('the demo config maps owners: tagged resources by their team tag, the rest to platform', async () => {
    const config = JSON.parse(await readFile(demoConfigPath(), 'utf8')) as { ownerTags?: string[]; defaultTeam?: string };
    expect(config).toMatchObject({ ownerTags: ['team'], defaultTeam: 'platform' });
    expect(validateResult(result)).toEqual([]);
    const byTag = result.findings.filter((f) => f.owner?.by === 'tag');
    expect(byTag.length).toBeGreaterThan(0);
    for (const f of byTag) expect(f.owner!.team).toBe(f.resource.tags?.['team']);
    for (const f of result.findings.filter((x) => x.owner?.by !== 'tag')) expect(f.owner).toMatchObject({ team: 'platform', by: 'default' });
    // Names come from Name tags the recording holds (the demo's EC2 instances).
    expect(result.findings.some((f) => f.resource.name === 'web-1')).toBe(true);
  });

  it('the run folder\'s Markdown and HTML have a section per team; report --owner renders one team', async () => {
    const md = await readFile(join(run, 'report.md'), 'utf8');
    const teams = [...new Set(result.findings.filter((f) => !f.muted && f.status !== 'PASS').map((f) => f.owner!.team!))];
    expect(teams.length).toBeGreaterThan(1);
    for (const t of teams) expect(md).toMatch(new RegExp(`^### ${t}$`, 'm'));
    expect(await readFile(join(run, 'report.html'), 'utf8')).toContain('<h2 id="teams-h">By owning team</h2>');
    const csv = (await readFile(join(run, 'report.csv'), 'utf8')).split('\r\n')[0]!;
    expect(csv.endsWith(',resourceName,team,teamDecidedBy')).toBe(true);
    const team = teams.find((t) => t !== 'platform')!;
    const one = await cli('report', '--input', run, '--format', 'markdown', '--owner', team);
    expect(one.code).toBe(0);
    expect(one.out).toContain(`**Team view: ${team}.**`);
    expect(one.out).toMatch(new RegExp(`^### ${team}$`, 'm'));
    expect(one.out).not.toMatch(/^### platform$/m);
  });

  it('a bad owner key in the config is a usage error naming the key (exit 2), before any scan', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, JSON.stringify({ accountTeams: { '12345': 'payments' } }));
    const r = await cli('scan', '--demo', '--config', bad, '--output-dir', join(dir, 'bad-out'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('key "accountTeams"');
  });
});
