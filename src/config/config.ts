import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { closest } from 'fastest-levenshtein';
import type { CheckOptions, Severity } from '../check/define.js';
import type { AccountConfig } from '../engine/scan.js';
import type { Suppression } from '../engine/suppress.js';
import { ConfigError } from '../util/errors.js';
import { packageRoot } from '../util/package-root.js';
import { findDuplicateKey } from '../util/json.js';


/** Organization accounts picked by id, OU id (recursively) or tag (`key=value`, or `key`). */
export interface OrgSelectorConfig {
  accounts?: string[];
  ous?: string[];
  tags?: string[];
}

/** `organization`: its presence turns on the organization scan (like --organization). */
export interface OrganizationConfig {
  /** Default true: the key's presence turns the organization scan on; false keeps the settings for --organization. */
  enabled?: boolean;
  /** Role assumed in every member account; default OrganizationAccountAccessRole. */
  roleName?: string;
  externalId?: string;
  include?: OrgSelectorConfig;
  exclude?: OrgSelectorConfig;
}

/** The configuration file (config.example.json); every key is optional. */
export interface Config {
  accounts?: AccountConfig[];
  organization?: OrganizationConfig;
  regions?: string[];
  /** Regions where data may reside: fills the allowedRegions option of every data-residency check. */
  allowedRegions?: string[];
  /** Owning teams of findings (src/lib/owners.ts): tag keys in order, then account, OU, default. */
  ownerTags?: string[];
  accountTeams?: Record<string, string>;
  ouTeams?: Record<string, string>;
  defaultTeam?: string;
  concurrency?: number;
  maxAttempts?: number;
  requestTimeoutMs?: number;
  /** Hard limit for the whole scan; when it passes, what finished is written, marked incomplete. */
  scanTimeoutSeconds?: number;
  services?: string[];
  severity?: Severity;
  checks?: { include?: string[]; exclude?: string[]; options?: Record<string, CheckOptions> };
  frameworks?: string[];
  suppressions?: Suppression[];
  output?: { dir?: string; formats?: string[] };
  /** A Slack-compatible incoming webhook told of new failures after each scan (like --notify-webhook). */
  notify?: { webhook?: string };
  failOn?: Severity | 'none';
  checksDirs?: string[];
  plugins?: string[];
}

/** Bad configuration or usage: the CLI prints the one sentence and exits 2. */

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
let validator: Validator | undefined;

function schema(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packageRoot(), 'src', 'schema', 'config.schema.json'), 'utf8')) as Record<string, unknown>;
}

function compile(): Validator {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: false, verbose: true, strict: true });
    addFormats.default(ajv);
    validator = ajv.compile(schema()) as Validator;
  }
  return validator;
}

/** `/checks/options/iam.x/maxAgeDays` → `checks.options["iam.x"].maxAgeDays`. */
export function keyPath(pointer: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? (out ? `.${p}` : p) : `[${JSON.stringify(p)}]`;
  return out;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** One sentence for the first schema error: the key and what was expected. */
function explain(e: ErrorObject, source: string): string {
  const at = keyPath(e.instancePath);
  const where = at ? `key "${at}"` : 'the top level';
  const described = (e.parentSchema as { description?: string } | undefined)?.description;
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
      const hint = allowed.length ? ` (did you mean "${closest(extra, allowed)}"?)` : '';
      return `${source}: unknown key "${at ? `${at}.` : ''}${extra}"${hint}`;
    }
    case 'required':
      return `${source}: ${where} is missing the required key "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'type':
      return `${source}: ${where} must be ${described ?? `of type ${(e.params as { type: string }).type}`} (got ${show(e.data)})`;
    case 'enum':
      return `${source}: ${where} must be ${described ?? `one of ${((e.params as { allowedValues: unknown[] }).allowedValues).join(', ')}`} (got ${show(e.data)})`;
    default:
      return `${source}: ${where} must be ${described ?? e.message ?? 'valid'} (got ${show(e.data)})`;
  }
}

/** Validates a parsed config object against src/schema/config.schema.json. */
export function validateConfig(data: unknown, source = 'config'): Config {
  const validate = compile();
  if (!validate(data)) throw new ConfigError(explain(validate.errors![0]!, source));
  const config = data as Config;
  for (const [i, s] of (config.suppressions ?? []).entries()) {
    if (s.expires && Number.isNaN(Date.parse(`${s.expires}T00:00:00Z`))) {
      throw new ConfigError(`${source}: key "suppressions[${i}].expires" must be a real calendar date as YYYY-MM-DD (got ${show(s.expires)})`);
    }
  }
  return config;
}

/** Reads and validates a config file. */
export function loadConfig(file: string): Config {
  return loadConfigFile(file).config;
}

/**
 * The config and the SHA-256 of the very bytes it was parsed from: a run records which config it
 * used (evidence metadata), and reading the file again could hash an edited copy.
 */
export function loadConfigFile(file: string): { config: Config; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConfigError(`config file ${file} is not UTF-8 text`);
  }
  if (!text.trim()) throw new ConfigError(`config file ${file} is empty; it must hold a JSON object (see config.example.json)`);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ConfigError(`config file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) {
    const pointer = duplicate.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    throw new ConfigError(`${file}: key "${keyPath(pointer)}" appears twice in the same object; JSON keeps only the last one, so remove the other`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`config file ${file} must hold a JSON object (got ${Array.isArray(data) ? 'an array' : typeof data})`);
  return { config: validateConfig(data, file), sha256: createHash('sha256').update(bytes).digest('hex') };
}
