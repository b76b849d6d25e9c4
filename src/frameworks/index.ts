import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { packageRoot } from '../util/package-root.js';
import { UsageError } from '../util/errors.js';

/**
 * One framework version as a data file: every requirement it lists, automated or not, and the
 * checks that decide it. CIS benchmarks call them recommendations, NIST controls, SOC 2 criteria,
 * PCI DSS requirements: here they are all `controls`.
 */
export interface Framework {
  id: string;
  title: string;
  /** A column heading: "CIS 3.0.0", "FSBP", "PCI DSS 4.0.1". */
  shortTitle?: string;
  version: string;
  url: string;
  controls: FrameworkControl[];
  /** Where the ids, titles and mappings come from: what an auditor checks the file against. */
  source?: string;
  /** Which requirements of the framework the file lists (when it does not list them all). */
  scope?: string;
  /** How a requirement with several checks is judged, in words for the report. */
  judgement?: string;
}

export interface FrameworkControl {
  id: string;
  title: string;
  section?: string;
  /** automated: the listed checks decide it; manual: an assessor decides (checks, if any, inform). */
  assessment: 'automated' | 'manual';
  /** CIS profile level; other frameworks have none. */
  level?: 1 | 2;
  /** Check ids implementing the control; empty when no check automates it. */
  checks: string[];
  /** Why no check covers it, or how it is covered in part. */
  note?: string;
}

/** Coverage as `srm-audit frameworks` and the reports count it: a requirement with a check is automated. */
export interface FrameworkCoverage {
  automated: number;
  manual: number;
  total: number;
}

const FILE_ID = /^[a-z0-9]+(-[a-z0-9.]+)*$/;

let cache: Framework[] | undefined;
/** Each framework file's name and SHA-256, taken from the very bytes that were parsed. */
let files: FrameworkFile[] | undefined;

/** What a run records about a framework file (evidence metadata): which file, which version, which bytes. */
export interface FrameworkFile {
  id: string;
  version: string;
  file: string;
  sha256: string;
}

/** Every framework file, read once and validated: a broken file names itself and the key. */
export function frameworks(): Framework[] {
  if (cache) return cache;
  const dir = join(packageRoot(), 'src', 'frameworks');
  const loaded = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      const fw = validateFramework(JSON.parse(bytes.toString('utf8')) as unknown, `src/frameworks/${f}`);
      return { fw, file: { id: fw.id, version: fw.version, file: f, sha256: createHash('sha256').update(bytes).digest('hex') } };
    });
  files = loaded.map((l) => l.file);
  cache = loaded.map((l) => l.fw);
  return cache;
}

/** The framework files this process loaded, with the SHA-256 of each. */
export function frameworkFiles(): FrameworkFile[] {
  frameworks();
  return files!.map((f) => ({ ...f }));
}

export function framework(id: string): Framework | undefined {
  return frameworks().find((f) => f.id === id);
}

export function frameworkIds(): string[] {
  return frameworks().map((f) => f.id);
}

/**
 * The frameworks named by a --framework list, in the order given. An unknown id is a usage error
 * that names every valid id, so the user can pick without another command.
 */
export function resolveFrameworks(ids: readonly string[], flag = '--framework'): Framework[] {
  const known = frameworkIds();
  return [...new Set(ids)].map((id) => {
    const fw = framework(id);
    if (!fw) throw new UsageError(`${flag}: unknown framework "${id}" (did you mean "${closest(id, known)}"? valid ids: ${known.join(', ')})`);
    return fw;
  });
}

export function shortTitle(fw: Framework): string {
  return fw.shortTitle ?? fw.id;
}

export function coverage(fw: Framework): FrameworkCoverage {
  const automated = fw.controls.filter((c) => c.checks.length > 0).length;
  return { automated, manual: fw.controls.length - automated, total: fw.controls.length };
}

/** checkId → { frameworkId: [control ids] }, joined from the data files. */
export function complianceIndex(list: Framework[] = frameworks()): Map<string, Record<string, string[]>> {
  const index = new Map<string, Record<string, string[]>>();
  for (const fw of list) {
    for (const control of fw.controls) {
      for (const checkId of control.checks) {
        const entry = index.get(checkId) ?? {};
        (entry[fw.id] ??= []).push(control.id);
        index.set(checkId, entry);
      }
    }
  }
  return index;
}

/**
 * Shape check of one data file. Whether the mapped checks exist is the registry's business (the
 * frameworks layer does not import the catalogue); test/frameworks.test.ts holds both together.
 */
export function validateFramework(value: unknown, origin: string): Framework {
  const fail = (key: string, expected: string): never => {
    throw new Error(`${origin}: "${key}" must be ${expected}`);
  };
  const text = (o: Record<string, unknown>, key: string, where: string) => {
    if (typeof o[key] !== 'string' || !(o[key] as string).trim()) fail(`${where}${key}`, 'a non-empty string');
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('(file)', 'a JSON object');
  const fw = value as Record<string, unknown>;
  for (const key of ['id', 'title', 'version', 'url']) text(fw, key, '');
  if (!FILE_ID.test(fw.id as string)) fail('id', 'lower-case words joined by "-" (e.g. "nist-800-53-r5")');
  for (const key of ['shortTitle', 'source', 'scope', 'judgement']) if (fw[key] !== undefined) text(fw, key, '');
  if (!Array.isArray(fw.controls) || !fw.controls.length) fail('controls', 'a non-empty array');
  const seen = new Set<string>();
  (fw.controls as unknown[]).forEach((raw, i) => {
    const where = `controls[${i}].`;
    if (!raw || typeof raw !== 'object') fail(`controls[${i}]`, 'an object');
    const c = raw as Record<string, unknown>;
    text(c, 'id', where);
    text(c, 'title', where);
    if (c.section !== undefined) text(c, 'section', where);
    if (seen.has(c.id as string)) fail(`${where}id`, `unique ("${c.id as string}" is listed twice)`);
    seen.add(c.id as string);
    if (c.assessment !== 'automated' && c.assessment !== 'manual') fail(`${where}assessment`, '"automated" or "manual"');
    if (c.level !== undefined && c.level !== 1 && c.level !== 2) fail(`${where}level`, '1 or 2');
    if (!Array.isArray(c.checks) || c.checks.some((x) => typeof x !== 'string')) fail(`${where}checks`, 'an array of check ids');
    if (c.note !== undefined) text(c, 'note', where);
    // A requirement no check decides says why: an auditor reads "manual" with its reason.
    if (!(c.checks as string[]).length && c.note === undefined) fail(`${where}note`, `the reason "${c.id as string}" is manual`);
  });
  return value as Framework;
}
