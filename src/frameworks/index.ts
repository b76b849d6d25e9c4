import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/** One framework version as a data file: every control, automated or not, and the checks that implement it. */
export interface Framework {
  id: string;
  title: string;
  version: string;
  url: string;
  controls: FrameworkControl[];
}

export interface FrameworkControl {
  id: string;
  title: string;
  section?: string;
  assessment: 'automated' | 'manual';
  level: 1 | 2;
  /** Check ids implementing the control; empty when no check automates it. */
  checks: string[];
  /** Why no check covers it, or how it is covered in part. */
  note?: string;
}

let cache: Framework[] | undefined;

export function frameworks(): Framework[] {
  if (cache) return cache;
  const dir = join(packageRoot(), 'src', 'frameworks');
  cache = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Framework);
  return cache;
}

export function framework(id: string): Framework | undefined {
  return frameworks().find((f) => f.id === id);
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
