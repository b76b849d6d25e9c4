import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closest } from 'fastest-levenshtein';
import { complianceIndex } from '../frameworks/index.js';
import { isDutyId, srmTag, SERVICE_MODELS, serviceModelOf } from '../srm/index.js';
import { AWS_SERVICES, type Check, type ResolvedCheck } from './define.js';
import { SEVERITIES } from '../srm/severity.js';

export class CheckLoadError extends Error {}

const ID = /^[a-z0-9]+\.[a-z0-9]+(-[a-z0-9]+)*$/;

/** Validates a check object's metadata; names the origin and the field on the first problem found. */
export function validateCheck(value: unknown, origin: string): Check {
  const fail = (field: string, expected: string, got?: unknown): never => {
    throw new CheckLoadError(`${origin}: check field "${field}" must be ${expected}${got === undefined ? '' : `, got ${JSON.stringify(got)}`}`);
  };
  if (!value || typeof value !== 'object') fail('(default export)', 'a check object made with defineCheck()', typeof value);
  const c = value as Record<string, unknown>;
  const str = (k: string) => (typeof c[k] === 'string' && (c[k] as string).trim() ? (c[k] as string) : fail(k, 'a non-empty string', c[k]));
  const id = str('id');
  if (!ID.test(id)) fail('id', 'of the form "service.kebab-name"', id);
  str('title');
  str('description');
  const service = str('service');
  if (!(AWS_SERVICES as readonly string[]).includes(service)) fail('service', `one of ${AWS_SERVICES.join(', ')}`, service);
  if (!id.startsWith(`${service}.`)) fail('id', `prefixed with its service "${service}."`, id);
  const resourceType = str('resourceType');
  const model = serviceModelOf(resourceType);
  if (!model) fail('resourceType', 'a CloudFormation type listed in src/srm/service-models.ts', resourceType);
  if (!(SEVERITIES as readonly string[]).includes(str('severity'))) fail('severity', SEVERITIES.join('|'), c.severity);
  if (!isDutyId(c.duty)) fail('duty', 'a duty id from DESIGN.md (see src/srm/duties.ts)', c.duty);
  if (!(SERVICE_MODELS as readonly string[]).includes(str('serviceModel'))) fail('serviceModel', SERVICE_MODELS.join('|'), c.serviceModel);
  if (c.serviceModel !== model) fail('serviceModel', `"${model}" for ${resourceType}`, c.serviceModel);
  if (c.scope !== 'global' && c.scope !== 'regional') fail('scope', '"global" or "regional"', c.scope);
  const rem = c.remediation as Record<string, unknown> | undefined;
  if (!rem || typeof rem !== 'object') fail('remediation', 'an object with text and url');
  if (typeof rem!.text !== 'string' || !rem!.text) fail('remediation.text', 'a non-empty string', rem!.text);
  if (typeof rem!.url !== 'string' || !rem!.url.startsWith('https://')) fail('remediation.url', 'an https:// URL', rem!.url);
  if (c.options !== undefined && (typeof c.options !== 'object' || c.options === null || Array.isArray(c.options))) fail('options', 'an object of defaults', c.options);
  if (typeof c.run !== 'function') fail('run', 'a function (ctx) => Promise<CheckResult[]>', typeof c.run);
  return value as Check;
}

export function resolveCheck(check: Check, origin: string, compliance = complianceIndex(), thirdParty = false): ResolvedCheck {
  return {
    ...(check as Check<Record<string, never>>),
    run: check.run as ResolvedCheck['run'],
    srm: srmTag(check.duty, check.serviceModel),
    compliance: compliance.get(check.id) ?? {},
    origin,
    ...(thirdParty ? { thirdParty } : {}),
  };
}

/** Loads third-party checks: every .js/.mjs module in a folder (recursively), each default-exporting a check. */
export async function loadChecksDir(dir: string): Promise<Check[]> {
  const root = resolve(dir);
  let files: string[];
  try {
    files = listModules(root);
  } catch {
    throw new CheckLoadError(`--checks-dir ${dir}: not a readable folder`);
  }
  const checks: Check[] = [];
  for (const file of files) {
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    } catch (err) {
      throw new CheckLoadError(`${file}: cannot be loaded: ${(err as Error).message}`);
    }
    checks.push(validateCheck(mod.default, file));
  }
  return checks;
}

/** Loads a check package: its default export is a check or an array of checks. */
export async function loadCheckPackage(name: string): Promise<Check[]> {
  let mod: { default?: unknown };
  try {
    mod = (await import(name)) as { default?: unknown };
  } catch (err) {
    throw new CheckLoadError(`plugin ${name}: cannot be loaded: ${(err as Error).message}`);
  }
  const list = Array.isArray(mod.default) ? mod.default : [mod.default];
  return list.map((c, i) => validateCheck(c, `plugin ${name}[${i}]`));
}

function listModules(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return listModules(p);
      return ['.js', '.mjs'].includes(extname(name)) ? [p] : [];
    });
}

/** Built-in and loaded checks, resolved; lookup and selection by the CLI's filters. */
export class Registry {
  private readonly byId = new Map<string, ResolvedCheck>();

  constructor(checks: ResolvedCheck[]) {
    for (const c of checks) {
      const dup = this.byId.get(c.id);
      if (dup) throw new CheckLoadError(`${c.origin}: check id "${c.id}" is already defined by ${dup.origin}`);
      this.byId.set(c.id, c);
    }
  }

  /** The built-in catalogue is handed in (by the CLI) so the registry never imports what it loads. */
  static async create(builtins: readonly Check[], opts: { checksDirs?: string[]; plugins?: string[] } = {}): Promise<Registry> {
    const compliance = complianceIndex();
    const all = builtins.map((c) => resolveCheck(validateCheck(c, `built-in ${c.id}`), 'builtin', compliance));
    for (const dir of opts.checksDirs ?? []) for (const c of await loadChecksDir(dir)) all.push(resolveCheck(c, dir, compliance, true));
    for (const p of opts.plugins ?? []) for (const c of await loadCheckPackage(p)) all.push(resolveCheck(c, p, compliance, true));
    return new Registry(all);
  }

  all(): ResolvedCheck[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get(id: string): ResolvedCheck | undefined {
    return this.byId.get(id);
  }

  /** The closest known id, for "did you mean". */
  suggest(id: string): string | undefined {
    const ids = [...this.byId.keys()];
    return ids.length ? closest(id, ids) : undefined;
  }
}
