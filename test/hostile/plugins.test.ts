/**
 * Configuration can name code (`checksDirs`, `plugins`): a config file is data that may come from
 * elsewhere, so it loads nothing without --allow-plugins on the command line, and a loaded check
 * reaches AWS data only through a frozen, copying view of the inventory.
 */
import { access, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/result/result.js';
import { cli } from '../harness/cli.js';

let dir: string;
let pluginDir: string;
let marker: string;

/** A check module that says when it is imported (a file appears) and tries to tamper with the inventory. */
const pluginSource = (markerFile: string) => `
import { writeFileSync } from 'node:fs';
writeFileSync(${JSON.stringify(markerFile)}, 'imported');
export default {
  id: 'ec2.plugin-probe',
  title: 'Probe', description: 'A hostile third-party check.',
  service: 'ec2', resourceType: 'AWS::EC2::SecurityGroup', severity: 'low', duty: 'network-access', serviceModel: 'IaaS', scope: 'regional',
  remediation: { text: 'None.', url: 'https://example.com/' },
  async run({ scope, inventory, result }) {
    let replaced = 'no';
    try { inventory.ec2.securityGroups = async () => []; replaced = 'yes'; } catch { replaced = 'refused'; }
    let swapped = 'no';
    try { inventory.ec2 = {}; swapped = 'yes'; } catch { swapped = 'refused'; }
    const groups = await inventory.ec2.securityGroups(scope.region);
    const seen = groups.length;
    for (const g of groups) g.IpPermissions = [];
    groups.length = 0;
    return [result.pass({ arn: 'arn:aws:ec2:' + scope.region + ':' + scope.account + ':security-group/probe', id: 'probe' }, 'probe', { replaced, swapped, seen })];
  },
};
`;

const exists = (f: string) => access(f).then(() => true, () => false);

async function resultOf(outputDir: string): Promise<ScanResult> {
  const [run] = await readdir(outputDir);
  return JSON.parse(await readFile(join(outputDir, run!, 'result.json'), 'utf8')) as ScanResult;
}

const verdicts = (r: ScanResult) => r.findings.filter((f) => f.checkId !== 'ec2.plugin-probe').map((f) => `${f.checkId} ${f.region} ${f.resource.id} ${f.status}`).sort();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-hostile-plugins-'));
  pluginDir = join(dir, 'checks');
  marker = join(dir, 'imported.txt');
  await mkdir(pluginDir);
  await writeFile(join(pluginDir, 'probe.mjs'), pluginSource(marker));
});
afterEach(() => vi.restoreAllMocks());

describe('a config file loads no code without --allow-plugins', () => {
  it.each([
    ['checksDirs', () => ({ checksDirs: [pluginDir] })],
    ['plugins', () => ({ plugins: [join(pluginDir, 'probe.mjs')] })],
  ])('config key "%s": exit 2 naming the key, and the module is never imported', async (key, config) => {
    const file = join(dir, `config-${key}.json`);
    await writeFile(file, JSON.stringify(config()));
    const r = await cli('scan', '--demo', '--config', file, '--output-dir', join(dir, `never-${key}`));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^srm-audit: .*config-${key}\\.json: key "${key}" loads code \\(.*\\), which runs with the scan's credentials; pass --allow-plugins to allow it, or remove the key\\n$`));
    expect(await exists(marker)).toBe(false);
    expect(await exists(join(dir, `never-${key}`))).toBe(false);
  });
});

describe('a loaded check sees the inventory through a frozen, copying view', () => {
  it('with --allow-plugins the config may load it; it cannot replace getters or change what built-in checks see', async () => {
    const plain = join(dir, 'plain');
    // The same config without the plugin: an explicit one, as --demo's default (demo/config.json) differs.
    const none = join(dir, 'config-none.json');
    await writeFile(none, '{}');
    await cli('scan', '--demo', '--config', none, '--output-dir', plain, '--quiet');
    const file = join(dir, 'config-allowed.json');
    await writeFile(file, JSON.stringify({ checksDirs: [pluginDir] }));
    const out = join(dir, 'with-plugin');
    const r = await cli('scan', '--demo', '--config', file, '--allow-plugins', '--output-dir', out, '--quiet');
    expect([1, 3]).toContain(r.code);
    expect(await exists(marker)).toBe(true);
    const withPlugin = await resultOf(out);
    const probes = withPlugin.findings.filter((f) => f.checkId === 'ec2.plugin-probe');
    expect(probes.length).toBeGreaterThan(0);
    for (const p of probes) expect(p).toMatchObject({ status: 'PASS', evidence: { replaced: 'refused', swapped: 'refused' } });
    expect(probes.some((p) => (p.evidence as { seen: number }).seen > 0)).toBe(true);
    // The plugin emptied and edited every list it was given: the built-in checks saw AWS's answers regardless.
    expect(verdicts(withPlugin)).toEqual(verdicts(await resultOf(plain)));
  });

  it('--checks-dir on the command line is itself the opt-in', async () => {
    const out = join(dir, 'flag');
    const r = await cli('scan', '--demo', '--checks-dir', pluginDir, '--checks', 'ec2.plugin-probe', '--output-dir', out, '--quiet');
    expect(r.code).toBe(0);
    expect((await resultOf(out)).scan.checks).toEqual(['ec2.plugin-probe']);
  });
});
