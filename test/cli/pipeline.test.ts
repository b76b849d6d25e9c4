/**
 * Issue 16, item 4: a CLI that behaves in a pipeline. A closed pipe ends a command quietly,
 * formats are asked for (never guessed from the terminal), scan writes to stdout on request,
 * diff reads folders as merge and verify do, and the habits: completion, version, --list-services.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { appendFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { quietOnClosedPipe } from '../../src/cli/pipe.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { parseCsv } from '../../src/util/csv.js';
import { packageRoot, toolVersion } from '../../src/util/package-root.js';
import { REPORTS } from '../../reports/index.js';
import { cli } from '../harness/cli.js';

const run = promisify(execFile);
const ROOT = packageRoot();
const BIN = `${JSON.stringify(process.execPath)} --import tsx src/cli/bin.ts`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-pipe-'));
});
afterEach(() => vi.restoreAllMocks());

/** Runs a bash pipeline in the package folder; its exit status is the first failing command's (pipefail). */
async function pipeline(script: string): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run('bash', ['-c', `set -o pipefail; ${script}`], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('a closed pipe', () => {
  it('`checks | head -1` exits 0 with no stack trace, in every format', { timeout: 60_000 }, async () => {
    for (const args of ['checks', 'checks --format json']) {
      const r = await pipeline(`${BIN} ${args} 2>${join(dir, 'err.txt')} | head -1`);
      expect(r.code, args).toBe(0);
      expect(r.out.split('\n').filter(Boolean), args).toHaveLength(1);
      expect(await readFile(join(dir, 'err.txt'), 'utf8'), args).toBe('');
    }
  });

  it('EPIPE is dropped; any other write failure is remembered for the exit code', () => {
    const stdout = new EventEmitter() as unknown as NodeJS.WritableStream;
    const stderr = new EventEmitter() as unknown as NodeJS.WritableStream;
    const failure = quietOnClosedPipe([stdout, stderr]);
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    stderr.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(failure()).toBeUndefined();
    stdout.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    expect(failure()?.code).toBe('ENOSPC');
  });
});

describe('srm-audit checks --format', () => {
  it('is a table unless asked otherwise, whether or not stdout is a terminal', async () => {
    const stdout = process.stdout as { isTTY?: boolean };
    const was = stdout.isTTY;
    try {
      for (const tty of [true, false]) {
        stdout.isTTY = tty;
        const r = await cli('checks');
        expect(r.out.split('\n')[0], `isTTY ${tty}`).toMatch(/^ID +SEVERITY +DUTY/);
      }
    } finally {
      stdout.isTTY = was;
    }
  });

  it('json and csv list the same checks; anything else is a usage error', async () => {
    const json = JSON.parse((await cli('checks', '--format', 'json')).out) as { id: string; srm: { duty: string } }[];
    const csv = parseCsv((await cli('checks', 'list', '--format', 'csv')).out);
    expect(csv.map((r) => r.id)).toEqual(json.map((c) => c.id));
    expect(csv.map((r) => r.duty)).toEqual(json.map((c) => c.srm.duty));
    const bad = await cli('checks', '--format', 'yaml');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format <format>' argument 'yaml' is invalid. Allowed choices are table, json, csv/);
  });

  it('--list-services (checks and scan) names each service with its check count', async () => {
    const checks = JSON.parse((await cli('checks', '--format', 'json')).out) as { service: string }[];
    const services = JSON.parse((await cli('checks', '--list-services', '--format', 'json')).out) as { service: string; checks: number }[];
    expect(services.map((s) => s.service)).toEqual([...new Set(checks.map((c) => c.service))].sort());
    for (const s of services) expect(s.checks, s.service).toBe(checks.filter((c) => c.service === s.service).length);
    const scan = await cli('scan', '--list-services');
    expect(scan.code).toBe(0);
    expect(scan.out).toMatch(new RegExp(`^iam +${services.find((s) => s.service === 'iam')!.checks}$`, 'm'));
    expect(scan.out).toContain(`${services.length} services`);
  });
});

describe('srm-audit scan --stdout', () => {
  it('writes the result to stdout and the summary to stderr; the run folder holds the same result', async () => {
    const out = join(dir, 'stdout');
    const r = await cli('scan', '--demo', '--stdout', '--output-dir', out);
    expect(r.code).toBe(1);
    const piped = JSON.parse(r.out) as ScanResult;
    expect(validateResult(piped)).toEqual([]);
    expect(r.err).toMatch(/Customer duties: \d+ met/);
    expect(r.err).toMatch(/^Exit 1: /m);
    const [folder] = await readdir(out);
    expect(JSON.parse(await readFile(join(out, folder!, 'result.json'), 'utf8'))).toEqual(piped);
  });

  it('writes the one --format asked for; two formats are a usage error', async () => {
    const md = await cli('scan', '--demo', '--stdout', '--format', 'markdown', '--output-dir', join(dir, 'stdout-md'), '--quiet');
    expect(md.out).toContain('## Customer duties');
    expect(md.err).toBe('');
    const two = await cli('scan', '--demo', '--stdout', '--format', 'json,markdown', '--output-dir', join(dir, 'never'));
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/--stdout writes one report: give one --format \(got "json,markdown"\)/);
  });

  it('pipes into another program', { timeout: 60_000 }, async () => {
    const r = await pipeline(`${BIN} scan --demo --stdout --quiet --output-dir ${join(dir, 'piped')} | node -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(JSON.parse(s).findings.length))'`);
    // pipefail: the scan's own exit code (1, failures in the demo) comes through the pipe.
    expect(r.code).toBe(1);
    expect(Number(r.out.trim())).toBeGreaterThan(100);
  });
});

describe('srm-audit diff reads folders as merge and verify do', () => {
  it('an output folder stands for its newest run; one output folder alone compares its two newest runs', async () => {
    const out = join(dir, 'diff-out');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    await cli('scan', '--demo', '--output-dir', out, '--quiet', '--services', 'iam');
    // Folder names carry the second only: the manifests' start times say which run is newer.
    const started = async (run: string) => (JSON.parse(await readFile(join(out, run, 'manifest.json'), 'utf8')) as { scan: { startedAt: string } }).scan.startedAt;
    const runs = await readdir(out);
    const [older, newer] = (await started(runs[0]!)) < (await started(runs[1]!)) ? runs : [runs[1], runs[0]];
    const both = await cli('diff', out, '--format', 'json');
    const explicit = await cli('diff', join(out, older!), join(out, newer!), '--format', 'json');
    expect(both.code).toBe(3); // the newer run did not rescan the other services
    expect(both.out).toBe(explicit.out);
    const viaOutput = await cli('diff', join(out, older!), out, '--format', 'json');
    expect(viaOutput.out).toBe(explicit.out);
  });

  it('refuses a run folder that does not verify, and one output folder with a single run', async () => {
    const out = join(dir, 'diff-tampered');
    await cli('scan', '--demo', '--output-dir', out, '--quiet');
    const [run] = await readdir(out);
    const alone = await cli('diff', out);
    expect(alone.code).toBe(2);
    expect(alone.err).toMatch(/two newest complete runs of an output folder, and this holds one/);
    await appendFile(join(out, run!, 'result.json'), ' ');
    const r = await cli('diff', join(out, run!), join(out, run!));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refusing to compare .*: it does not verify against its manifest.json: /);
  });
});

describe('habits', () => {
  it('`completion bash` prints a script bash accepts, which completes commands, options, choices and check ids', async () => {
    const script = (await cli('completion', 'bash')).out;
    const file = join(dir, 'completion.bash');
    await writeFile(file, script);
    const complete = async (...words: string[]) => {
      const arr = words.map((w) => `'${w}'`).join(' ');
      const r = await run('bash', ['-c', `source ${file}; COMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _srm_audit; printf '%s\\n' "\${COMPREPLY[@]}"`]);
      return r.stdout.split('\n').filter(Boolean).sort();
    };
    expect(await complete('srm-audit', 'sc')).toEqual(['scan']);
    expect(await complete('srm-audit', 'c')).toEqual(['checks', 'completion']);
    expect(await complete('srm-audit', 'scan', '--ignore')).toEqual(['--ignore-exit-code-3']);
    expect(await complete('srm-audit', 'scan', '--severity', 'h')).toEqual(['high']);
    expect(await complete('srm-audit', 'scan', '--format', 'o')).toEqual(['ocsf']);
    expect(await complete('srm-audit', 'checks', 'show', 'iam.root-mfa')).toContain('iam.root-mfa-enabled');
    expect(await complete('srm-audit', 'scan', '--checks', 'iam.root-mfa')).toContain('iam.root-mfa-enabled');
    expect(await complete('srm-audit', 'scan', '--profile', '')).toEqual([]); // a value of the user's own
    expect(await complete('srm-audit', 'checks', '--format', '')).toEqual(['csv', 'json', 'table']);
    expect(await complete('srm-audit', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
    expect(await complete('srm-audit', 'report', '--format', 'j')).toEqual(['json', 'junit']);
  });

  it('`completion zsh|fish` name every command; an unknown shell is a usage error', async () => {
    const zsh = (await cli('completion', 'zsh')).out;
    expect(zsh.split('\n')[0]).toBe('#compdef srm-audit');
    expect(zsh).toContain('bashcompinit');
    const fish = (await cli('completion', 'fish')).out;
    for (const cmd of ['scan', 'merge', 'checks', 'report', 'diff', 'verify', 'policy', 'version', 'completion']) {
      expect(fish).toMatch(new RegExp(`-n '__fish_use_subcommand' -a ${cmd} `));
    }
    expect(fish).toMatch(/-n '__fish_seen_subcommand_from scan' -l severity -x -a 'critical high medium low informational'/);
    expect(fish).toMatch(/-n '__fish_seen_subcommand_from scan' -l config -r -F/);
    const bad = await cli('completion', 'powershell');
    expect(bad.code).toBe(2);
  });

  it('`version` prints the package version and the Node.js it runs on', async () => {
    const r = await cli('version');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`srm-audit ${toolVersion()}\nNode.js ${process.version} (${process.platform} ${process.arch})\n`);
  });

  it('`report --help` lists every format it renders', async () => {
    const help = (await cli('report', '--help')).out;
    for (const r of Object.values(REPORTS)) expect(help).toMatch(new RegExp(`^  ${r.id} +${r.title.replace(/[()]/g, '\\$&')}`, 'm'));
    expect((await cli('scan', '--help')).out.replace(/\s+/g, ' ')).toContain(Object.keys(REPORTS).join(', '));
  });
});
