import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/check/registry.js';
import { catalogueDigest, redactCommandLine, REDACTED, runEvidence } from '../../src/result/evidence.js';
import { builtinChecks } from '../../checks/index.js';

const root = join(import.meta.dirname, '..', '..');
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('redactCommandLine', () => {
  it('redacts the external ids in both spellings and keeps every other argument as given', () => {
    const args = ['scan', '--role-arn', 'arn:aws:iam::123456789012:role/audit', '--external-id', 'hunter2-very-secret', '--org-external-id=other-secret', '--regions', 'eu-west-1', '--framework', 'cis-aws-foundations-3.0.0'];
    expect(redactCommandLine(args)).toEqual(['scan', '--role-arn', 'arn:aws:iam::123456789012:role/audit', '--external-id', REDACTED, `--org-external-id=${REDACTED}`, '--regions', 'eu-west-1', '--framework', 'cis-aws-foundations-3.0.0']);
  });

  it('redacts anything that looks like a credential wherever it appears', () => {
    const key = 'AKIA' + 'IOSFODNN7EXAMPLE'.replace('EXAMPLE', 'ABCDEFG');
    const out = redactCommandLine(['scan', '--output-dir', `/tmp/${key}`, '--config', 'postgres://user:s3cretpass@db.example.com/x']);
    expect(out.join(' ')).not.toContain(key);
    expect(out.join(' ')).not.toContain('s3cretpass');
    expect(out.slice(0, 2)).toEqual(['scan', '--output-dir']);
  });

  it('a trailing secret flag with no value leaves nothing to leak', () => {
    expect(redactCommandLine(['scan', '--external-id'])).toEqual(['scan', '--external-id']);
    // An incoming webhook's URL path is its token.
    expect(redactCommandLine(['scan', '--notify-webhook', 'https://hooks.example.com/services/T0/B0/tok3n'])).toEqual(['scan', '--notify-webhook', REDACTED]);
  });
});

describe('catalogueDigest', () => {
  it('is the same for the same checks in any order, and changes when one check\'s metadata changes', async () => {
    const checks = (await Registry.create(builtinChecks)).all();
    const a = catalogueDigest(checks);
    expect(a.checks).toBe(checks.length);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogueDigest([...checks].reverse())).toEqual(a);
    const [first, ...rest] = checks;
    expect(catalogueDigest([{ ...first!, title: first!.title + ' (edited)' }, ...rest]).sha256).not.toBe(a.sha256);
    expect(catalogueDigest([{ ...first!, severity: first!.severity === 'low' ? 'high' : 'low' }, ...rest]).sha256).not.toBe(a.sha256);
    expect(catalogueDigest(rest).sha256).not.toBe(a.sha256);
    // Where a module was loaded from is not part of what it judges.
    expect(catalogueDigest([{ ...first!, origin: '/somewhere/else.js' }, ...rest])).toEqual(a);
  });
});

describe('runEvidence', () => {
  it('records every framework file by id, version and the SHA-256 of its bytes, the runtime and the host', async () => {
    const checks = (await Registry.create(builtinChecks)).all();
    const e = runEvidence({ checks, argv: ['scan', '--demo'], selectedFrameworks: ['soc2-2017'], config: { file: 'c.json', sha256: 'a'.repeat(64) } });
    expect(e.frameworks.length).toBeGreaterThanOrEqual(7);
    for (const f of e.frameworks) {
      const bytes = await readFile(join(root, 'src', 'frameworks', f.file));
      expect(f.sha256, f.file).toBe(sha(bytes));
      const data = JSON.parse(bytes.toString('utf8')) as { id: string; version: string };
      expect([f.id, f.version]).toEqual([data.id, data.version]);
    }
    expect(e.selectedFrameworks).toEqual(['soc2-2017']);
    expect(e.config).toEqual({ file: 'c.json', sha256: 'a'.repeat(64) });
    expect(e.commandLine).toEqual(['scan', '--demo']);
    expect(e.runtime).toEqual({ node: process.version, platform: process.platform, arch: process.arch });
    expect(e.host.name.length).toBeGreaterThan(0);
    expect(runEvidence({ checks, argv: [] })).not.toHaveProperty('config');
  });
});
