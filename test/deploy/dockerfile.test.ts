/**
 * The Dockerfile without a Docker engine (`npm run image` builds and runs it where one answers):
 * an LTS Node base, a non-root user, the CLI as entrypoint, a build context that holds every file
 * the build copies and everything the package ships, and an entrypoint wrapper that passes
 * arguments to the CLI unless the first is a program path.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/util/package-root.js';

const root = packageRoot();
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
/** Instructions with continuation lines joined and comments dropped (heredoc bodies kept apart). */
const instructions = dockerfile.replace(/<<'SH'[\s\S]*?\nSH\n/g, "<<'SH'\n").replace(/\\\n/g, ' ').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
const stages = instructions.reduce<string[][]>((acc, l) => (l.startsWith('FROM ') ? [...acc, [l]] : (acc.at(-1)?.push(l), acc)), []);
const final = stages.at(-1)!;

/** The allow-list .dockerignore keeps: `*` first, then `!name` for each path sent to the builder. */
const ignore = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const allowed = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''));

describe('Dockerfile', () => {
  it('builds on a Node.js LTS image newer than 20', () => {
    const base = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1];
    expect(base).toMatch(/^node:(22|24)(-|\.|$)/);
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM \$\{NODE_IMAGE\}( AS [\w-]+)?$/);
    expect(stages.length).toBeGreaterThanOrEqual(2);
  });

  it('the final stage runs as a non-root user in /out, a volume, with the CLI as entrypoint', () => {
    const user = final.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)(:|$)/);
    expect(final).toContain('WORKDIR /out');
    expect(final).toContain('VOLUME ["/out"]');
    expect(final).toContain('ENTRYPOINT ["srm-audit-entrypoint"]');
    expect(final.join('\n')).toContain('ln -s /app/dist/src/cli/bin.js /usr/local/bin/srm-audit');
  });

  it('the build context (.dockerignore allow-list) holds every file the build copies, and only those', () => {
    expect(ignore[0]).toBe('*');
    const copied = instructions
      .filter((l) => l.startsWith('COPY ') && !l.includes('--from=') && !l.includes('<<'))
      .flatMap((l) => l.split(/\s+/).slice(1, -1).filter((a) => !a.startsWith('--')));
    for (const src of copied) {
      expect(allowed, `${src} is copied but not in the build context`).toContain(src.replace(/\/$/, ''));
      expect(existsSync(join(root, src)), `${src} does not exist`).toBe(true);
    }
    expect([...new Set(copied.map((c) => c.replace(/\/$/, '')))].sort()).toEqual([...allowed].sort());
  });

  it('everything the npm package ships is copied into the build stage', () => {
    const files = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
    for (const entry of files.filter((f) => !f.startsWith('!') && f !== 'dist')) {
      const top = entry.split('/')[0]!;
      expect(allowed, `package.json files entry ${entry}`).toContain(top);
    }
  });
});

describe('the image entrypoint wrapper', () => {
  const work = mkdtempSync(join(tmpdir(), 'srm-audit-entrypoint-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const body = /<<'SH' \/usr\/local\/bin\/srm-audit-entrypoint\n([\s\S]*?)\nSH\n/.exec(dockerfile)?.[1];
  const entry = join(work, 'srm-audit-entrypoint');
  const cli = join(work, 'srm-audit');
  writeFileSync(entry, `${body ?? ''}\n`);
  // A stand-in CLI on the PATH that echoes what it was given.
  writeFileSync(cli, '#!/bin/sh\necho "cli:$*"\n');
  chmodSync(cli, 0o755);
  const run = (...args: string[]) => execFileSync('/bin/sh', [entry, ...args], { encoding: 'utf8', env: { PATH: `${work}:/usr/bin:/bin` } }).trim();

  it('is in the Dockerfile', () => expect(body).toMatch(/^#!\/bin\/sh/));

  it('passes subcommands and options to the CLI', () => {
    expect(run('scan', '--demo')).toBe('cli:scan --demo');
    expect(run('--help')).toBe('cli:--help');
    expect(run('verify', 'run dir with spaces')).toBe('cli:verify run dir with spaces');
  });

  it('runs a program given by absolute path (AWS Batch shell lines)', () => {
    expect(run('/bin/sh', '-c', 'echo shard $((1 + 1))')).toBe('shard 2');
  });
});
