import { type CheckOptions, type ResolvedCheck } from './define.js';
import { SEVERITIES, type Severity } from '../srm/severity.js';
import type { Registry } from './registry.js';
import { ConfigError } from '../util/errors.js';
import { resolveFrameworks } from '../frameworks/index.js';
import { globMatch } from '../util/glob.js';

export interface Selection {
  include?: readonly string[];
  exclude?: readonly string[];
  services?: readonly string[];
  /** Minimum severity of checks to run. */
  severity?: Severity;
  /** Framework ids: only the checks mapped to one of their requirements run. */
  frameworks?: readonly string[];
}

const isGlob = (s: string) => s.includes('*');

function unknownCheck(registry: Registry, id: string, where: string): ConfigError {
  const hint = registry.suggest(id);
  return new ConfigError(`unknown check id "${id}" in ${where}${hint ? ` (did you mean "${hint}"?)` : ''}; run "srm-audit checks" for the list`);
}

/** The checks a scan runs: include/exclude (ids or globs), services, minimum severity, framework. */
export function selectChecks(registry: Registry, sel: Selection): ResolvedCheck[] {
  const all = registry.all();
  for (const [list, where] of [[sel.include, 'the checks to include'], [sel.exclude, 'the checks to exclude']] as const) {
    for (const id of list ?? []) {
      if (isGlob(id) ? !all.some((c) => globMatch(id, c.id)) : !registry.get(id)) {
        if (isGlob(id)) throw new ConfigError(`the pattern "${id}" in ${where} matches no check`);
        throw unknownCheck(registry, id, where);
      }
    }
  }
  const services = new Set(all.map((c) => c.service));
  for (const s of sel.services ?? []) {
    if (!services.has(s as ResolvedCheck['service'])) throw new ConfigError(`unknown service "${s}" (checks exist for: ${[...services].sort().join(', ')})`);
  }
  let fwChecks: Set<string> | undefined;
  if (sel.frameworks?.length) fwChecks = new Set(resolveFrameworks(sel.frameworks).flatMap((fw) => fw.controls.flatMap((c) => c.checks)));
  const minRank = sel.severity ? SEVERITIES.indexOf(sel.severity) : SEVERITIES.length - 1;
  return all.filter(
    (c) =>
      (!sel.include?.length || sel.include.some((p) => globMatch(p, c.id))) &&
      !(sel.exclude ?? []).some((p) => globMatch(p, c.id)) &&
      (!sel.services?.length || sel.services.includes(c.service)) &&
      SEVERITIES.indexOf(c.severity) <= minRank &&
      (!fwChecks || fwChecks.has(c.id)),
  );
}

const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

/** Validates config `checks.options` against each check's declared option defaults. */
export function validateCheckOptions(registry: Registry, options: Readonly<Record<string, CheckOptions>> | undefined, source = 'config'): void {
  for (const [id, values] of Object.entries(options ?? {})) {
    const check = registry.get(id);
    if (!check) throw unknownCheck(registry, id, `${source} key "checks.options"`);
    const defaults = check.options ?? {};
    for (const [key, value] of Object.entries(values)) {
      const path = `checks.options["${id}"].${key}`;
      if (!(key in defaults)) {
        const known = Object.keys(defaults);
        throw new ConfigError(`${source}: unknown key "${path}" (${known.length ? `options of ${id}: ${known.join(', ')}` : `${id} has no options`})`);
      }
      const expected = typeOf(defaults[key]);
      if (typeOf(value) !== expected) throw new ConfigError(`${source}: key "${path}" must be a ${expected} like the default ${JSON.stringify(defaults[key])} (got ${JSON.stringify(value)})`);
      if (typeof value === 'number' && (!Number.isFinite(value) || value < 0 || value > 1_000_000)) {
        throw new ConfigError(`${source}: key "${path}" must be a number from 0 to 1000000 (got ${value})`);
      }
    }
  }
}

/**
 * Account-wide settings that several checks share (today: allowedRegions) become option values of
 * every selected check that declares that option; a per-check value in checks.options wins.
 */
export function checkOptionsWithSettings(
  checks: readonly ResolvedCheck[],
  options: Readonly<Record<string, CheckOptions>> | undefined,
  settings: Readonly<CheckOptions>,
): Record<string, CheckOptions> {
  const out: Record<string, CheckOptions> = { ...(options ?? {}) };
  for (const check of checks) {
    const shared = Object.fromEntries(Object.entries(settings).filter(([k, v]) => v !== undefined && check.options && k in check.options));
    if (Object.keys(shared).length) out[check.id] = { ...shared, ...(out[check.id] ?? {}) };
  }
  return out;
}
