import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { ResolvedCheck } from '../check/define.js';
import { frameworkFiles, type FrameworkFile } from '../frameworks/index.js';
import { redactSecretsInText } from '../lib/secrets.js';
import { stableStringify } from '../util/json.js';

/**
 * What an auditor asks of a run besides its findings: which checks and framework mappings judged it
 * (by content hash, not only by version number, since a plugin or an edited file changes them
 * without a release), which config, which command, on what runtime and host.
 */
export interface RunEvidence {
  /** The check catalogue the scan loaded (built-in and third-party), every check's metadata hashed. */
  catalogue: { sha256: string; checks: number };
  /** Every framework file loaded, by id, version and the SHA-256 of its bytes. */
  frameworks: FrameworkFile[];
  /** The frameworks chosen (--framework, or the config's `frameworks`): they select checks and the reports' view. */
  selectedFrameworks?: string[];
  /** The config file as given on the command line, and the SHA-256 of the bytes that were parsed. */
  config?: { file: string; sha256: string };
  /** The arguments after `srm-audit`, secret values redacted. */
  commandLine: string[];
  runtime: { node: string; platform: string; arch: string };
  /** The machine that ran the scan. */
  host: { name: string };
}

/**
 * Flags whose value is a secret whatever it looks like: an external id guards a role like a
 * password, and an incoming webhook's URL path is its token (the result names its origin in
 * `scan.notification`).
 */
export const SECRET_FLAGS: readonly string[] = ['--external-id', '--org-external-id', '--notify-webhook'];
export const REDACTED = '[REDACTED]';

/**
 * The command line as it may be stored: values of SECRET_FLAGS (`--flag value` and `--flag=value`)
 * replaced, and any argument that holds a credential of a known format (access keys, tokens,
 * private keys, passwords in URLs) redacted by the same detector that guards the findings.
 */
export function redactCommandLine(args: readonly string[]): string[] {
  const out: string[] = [];
  let secretNext = false;
  for (const arg of args) {
    if (secretNext) {
      out.push(REDACTED);
      secretNext = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (SECRET_FLAGS.includes(flag)) {
      if (flag === arg) secretNext = true;
      out.push(flag === arg ? arg : `${flag}=${REDACTED}`);
      continue;
    }
    out.push(redactSecretsInText(arg));
  }
  return out;
}

/**
 * A hash of the check set and each check's metadata (id, title, texts, severity, SRM tags, service,
 * resource type, scope, options, remediation, framework mappings), independent of order and of
 * where a module was loaded from: two runs with the same value judged with the same rules.
 */
export function catalogueDigest(checks: readonly ResolvedCheck[]): RunEvidence['catalogue'] {
  // JSON drops functions (run), so only data is hashed; origin is a local path for plugins.
  const meta = [...checks].sort((a, b) => a.id.localeCompare(b.id)).map(({ origin: _origin, thirdParty: _third, ...rest }) => rest);
  return { sha256: createHash('sha256').update(stableStringify(meta)).digest('hex'), checks: checks.length };
}

export interface EvidenceInput {
  checks: readonly ResolvedCheck[];
  argv: readonly string[];
  selectedFrameworks?: readonly string[];
  config?: { file: string; sha256: string };
}

/** The evidence record of this process's run. */
export function runEvidence(input: EvidenceInput): RunEvidence {
  return {
    catalogue: catalogueDigest(input.checks),
    frameworks: frameworkFiles(),
    ...(input.selectedFrameworks?.length ? { selectedFrameworks: [...input.selectedFrameworks] } : {}),
    ...(input.config ? { config: { ...input.config } } : {}),
    commandLine: redactCommandLine(input.argv),
    runtime: { node: process.version, platform: process.platform, arch: process.arch },
    host: { name: hostname() },
  };
}
