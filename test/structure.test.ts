/**
 * ESLint's checkRuleFiles idea: every check is listed, named by its path, tested, and tagged
 * with known SRM values; every framework mapping names a real check; no check reaches for an
 * SDK client. Cheap, and it keeps the catalogue honest as it grows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../checks/index.js';
import { checkModuleIds, renderChecksIndex } from '../scripts/support/checks-index.js';
import { validateCheck } from '../src/check/registry.js';
import { frameworks } from '../src/frameworks/index.js';
import { isDutyId, serviceModelOf } from '../src/srm/index.js';

const root = join(import.meta.dirname, '..');
const services = readdirSync(join(root, 'checks'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const moduleFiles = services.flatMap((s) =>
  readdirSync(join(root, 'checks', s)).filter((f) => f.endsWith('.ts')).map((f) => ({ service: s, name: basename(f, '.ts'), path: join('checks', s, f) })),
);

describe('check catalogue structure', () => {
  it('lists every module under checks/ exactly once, and nothing else', () => {
    const listed = builtinChecks.map((c) => c.id).sort();
    expect(listed).toEqual(moduleFiles.map((m) => `${m.service}.${m.name}`).sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(moduleFiles)('$path: id matches its path, metadata is valid, a test file exists', async ({ service, name, path }) => {
    const mod = (await import(join(root, path))) as { default: unknown };
    const check = validateCheck(mod.default, path);
    expect(check.id).toBe(`${service}.${name}`);
    expect(check.service).toBe(service);
    expect(isDutyId(check.duty)).toBe(true);
    expect(serviceModelOf(check.resourceType)).toBe(check.serviceModel);
    expect(existsSync(join(root, 'test', 'checks', service, `${name}.test.ts`)), `test/checks/${service}/${name}.test.ts`).toBe(true);
  });

  it('checks/index.ts is generated from the folder (npm run checks:index)', () => {
    const onDisk = readFileSync(join(root, 'checks', 'index.ts'), 'utf8');
    expect(onDisk, 'run npm run checks:index').toBe(renderChecksIndex(checkModuleIds(join(root, 'checks'))));
  });

  it('imports no @aws-sdk client value into a check (types only)', () => {
    for (const m of moduleFiles) {
      const src = readFileSync(join(root, m.path), 'utf8');
      const valueImports = src.match(/^import\s+(?!type\b)[^;]*from\s+'@aws-sdk\/client-[^']+'/gm) ?? [];
      expect(valueImports, m.path).toEqual([]);
      expect(src, m.path).not.toMatch(/process\.env|\.send\(/);
    }
  });

  it('maps frameworks only to checks that exist', () => {
    const ids = new Set<string>(builtinChecks.map((c) => c.id));
    for (const fw of frameworks()) {
      for (const control of fw.controls) for (const id of control.checks) expect(ids.has(id), `${fw.id} ${control.id} → ${id}`).toBe(true);
    }
  });
});
