/**
 * What a user gets from `npm pack`: the tarball installs into an empty folder and runs the demo with
 * no build step and no dev dependencies. Slow (a full build, then an npm install of the runtime
 * dependencies from the registry or the local npm cache), so it lives in its own vitest project,
 * `package`, which `vitest run` includes and `vitest run --project unit` does not.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/util/package-root.js';

interface PackedFile { path: string; size: number }
interface Packed { filename: string; size: number; unpackedSize: number; entryCount: number; files: PackedFile[] }
interface Run { code: number; stdout: string; stderr: string }

/**
 * npm reads every npm_config_* variable as configuration, and `npm test` sets several (prefix,
 * local prefix, …) for the repository: pass the child npm only the cache and registry settings, so
 * the install lands in the temporary folder as it would on a user's machine.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_') || keep.has(k.toLowerCase())));
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** What may ship: the build, the data files read at run time, the demo and the example config. */
const SHIPPED = [/^dist\/(src|checks|reports)\/.+\.js$/, /^src\/schema\/[\w.-]+\.json$/, /^src\/frameworks\/[\w.-]+\.json$/, /^demo\/[\w.-]+\.json$/, /^config\.example\.json$/, /^package\.json$/, /^README\.md$/, /^LICENSE$/];

/** The same command from the source tree (tsx resolves from there: paths given must be absolute), to compare with. */
function runSource(args: string[]): Promise<Run> {
  return run(process.execPath, ['--import', 'tsx', join(packageRoot(), 'src', 'cli', 'bin.ts'), ...args], packageRoot());
}

interface Result { tool: { name: string; version: string }; findings: { id: string; status: string; muted: boolean }[] }
const readResult = async (dir: string) => JSON.parse(await readFile(join(dir, 'result.json'), 'utf8')) as Result;
const verdicts = (r: Result) => Object.fromEntries(r.findings.map((f) => [f.id, `${f.status}${f.muted ? ' muted' : ''}`]));

let work: string;
let packed: Packed;
const timings: Record<string, number> = {};

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[label] = Math.round(performance.now() - t0);
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'srm-audit-pack-'));
  // `npm pack` runs the package's prepare script: a clean build, as `npm publish` would.
  const pack = await timed('npm pack', () => run('npm', ['pack', '--json', '--pack-destination', work], packageRoot()));
  expect(pack.code, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as Packed[])[0]!;
  await writeFile(join(work, 'package.json'), JSON.stringify({ name: 'empty', private: true }));
  const install = await timed('npm install', () => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)], work));
  expect(install.code, install.stderr).toBe(0);
});

afterAll(async () => {
  if (packed) console.log(`[package] tarball ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files; ${JSON.stringify(timings)} ms`);
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships only what runs: the build, schemas, framework data, demo and example config', () => {
    const unexpected = packed.files.map((f) => f.path).filter((p) => !SHIPPED.some((re) => re.test(p)));
    expect(unexpected).toEqual([]);
    const paths = new Set(packed.files.map((f) => f.path));
    for (const needed of ['dist/src/cli/bin.js', 'src/schema/result.schema.json', 'src/schema/config.schema.json', 'demo/demo-snapshot.json', 'demo/config.json', 'config.example.json']) {
      expect(paths.has(needed), needed).toBe(true);
    }
    expect([...paths].some((p) => p.startsWith('src/frameworks/'))).toBe(true);
  });

  it('installs its runtime dependencies only: no compiler, test runner or linter', () => {
    const modules = join(work, 'node_modules');
    expect(existsSync(join(modules, 'srm-audit', 'dist', 'src', 'cli', 'bin.js'))).toBe(true);
    for (const dev of ['typescript', 'vitest', 'tsx', 'eslint', 'aws-sdk-client-mock', 'playwright-core']) {
      expect(existsSync(join(modules, dev)), `${dev} installed`).toBe(false);
    }
  });

  it('runs `npx srm-audit scan --demo` from the empty folder as the source tree does, and writes a run folder that verifies', async () => {
    // --no: use the installed bin, never fetch a package of that name from the registry.
    const scan = await timed('npx srm-audit scan --demo', () => run('npx', ['--no', 'srm-audit', 'scan', '--demo'], work));
    const fromSource = await runSource(['scan', '--demo', '--output-dir', join(work, 'from-source')]);
    expect([0, 1, 3], scan.stderr).toContain(scan.code);
    expect(scan.code, scan.stderr).toBe(fromSource.code);
    expect(scan.stdout).toMatch(/^srm-audit \d+\.\d+\.\d+: replayed snapshot of account 123456789012/m);

    const runs = await readdir(join(work, 'srm-audit-output'));
    expect(runs).toHaveLength(1);
    const runDir = join(work, 'srm-audit-output', runs[0]!);
    expect((await readdir(runDir)).sort()).toEqual(['manifest.json', 'report.md', 'result.json']);
    const installed = await readResult(runDir);
    const version = (JSON.parse(await readFile(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
    expect(installed.tool).toEqual({ name: 'srm-audit', version });
    expect(installed.findings.length).toBeGreaterThan(100);
    // The same findings as the source tree: the package lacks no check, framework or data file.
    const source = await readResult(join(work, 'from-source', (await readdir(join(work, 'from-source')))[0]!));
    expect(verdicts(installed)).toEqual(verdicts(source));

    const verify = await run('npx', ['--no', 'srm-audit', 'verify', runDir], work);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });

  it('reads its data files from the installed package: every report format renders, with the source tree\'s exit code', async () => {
    const out = join(work, 'all-formats');
    const args = ['scan', '--demo', '--config', join(work, 'node_modules', 'srm-audit', 'demo', 'config.json'), '--format', 'json,markdown,html,csv,junit,ocsf', '--framework', 'cis-aws-foundations-3.0.0', '--quiet'];
    const scan = await run('npx', ['--no', 'srm-audit', ...args, '--output-dir', out], work);
    const fromSource = await runSource([...args, '--output-dir', join(work, 'all-formats-source')]);
    expect([0, 1, 3], scan.stderr).toContain(scan.code);
    expect(scan.code, scan.stderr).toBe(fromSource.code);
    const [runDir] = await readdir(out);
    expect((await readdir(join(out, runDir!))).sort()).toEqual(['manifest.json', 'report.csv', 'report.html', 'report.md', 'report.ocsf.json', 'report.xml', 'result.json']);
  });
});
