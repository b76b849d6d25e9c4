import { readFile } from 'node:fs/promises';
import { callKeyString, type CallKey, type CallObserver, type Transport } from '../aws/call.js';
import { errorCode, errorMessage, httpStatus } from '../aws/errors.js';
import { decode, encode } from './codec.js';
import { redactSecretsInText } from '../lib/secrets.js';
import { redact } from './redact.js';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export interface SnapshotEntry extends CallKey {
  output?: unknown;
  error?: { code: string; message: string; httpStatusCode?: number };
}

export interface Snapshot {
  kind: 'srm-audit-snapshot';
  schemaVersion: number;
  tool: { name: string; version: string };
  recordedAt: string;
  accounts: string[];
  regions: string[];
  entries: SnapshotEntry[];
}

/** Records every request's outcome, redacted, for `--save-snapshot`. Last answer per call wins. */
export class SnapshotRecorder implements CallObserver {
  private readonly entries = new Map<string, SnapshotEntry>();

  onResult(key: CallKey, output: unknown): void {
    this.entries.set(callKeyString(key), { ...key, input: encode(key.input), output: encode(redact(output)) });
  }

  onError(key: CallKey, error: unknown): void {
    const status = httpStatus(error);
    this.entries.set(callKeyString(key), {
      ...key,
      input: encode(key.input),
      error: { code: errorCode(error), message: redactSecretsInText(errorMessage(error)), ...(status ? { httpStatusCode: status } : {}) },
    });
  }

  snapshot(meta: Omit<Snapshot, 'kind' | 'schemaVersion' | 'entries'>): Snapshot {
    const entries = [...this.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
    return { kind: 'srm-audit-snapshot', schemaVersion: SNAPSHOT_SCHEMA_VERSION, ...meta, entries };
  }
}

export class SnapshotError extends Error {}

export async function loadSnapshot(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new SnapshotError(`cannot read snapshot ${file}: ${errorMessage(err)}`);
  }
  let data: Partial<Snapshot>;
  try {
    data = JSON.parse(text) as Partial<Snapshot>;
  } catch {
    throw new SnapshotError(`snapshot ${file} is not valid JSON`);
  }
  if (data?.kind !== 'srm-audit-snapshot') throw new SnapshotError(`${file} is not an srm-audit snapshot (missing "kind": "srm-audit-snapshot")`);
  if (data.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
    throw new SnapshotError(`snapshot ${file} has schemaVersion ${String(data.schemaVersion)}; this srm-audit reads schemaVersion ${SNAPSHOT_SCHEMA_VERSION}`);
  }
  if (!Array.isArray(data.entries) || !Array.isArray(data.accounts) || typeof data.recordedAt !== 'string') {
    throw new SnapshotError(`snapshot ${file} is missing "entries", "accounts" or "recordedAt"`);
  }
  // Account ids name run folders, findings and ARNs: a snapshot gets no say in their shape.
  const badAccount = data.accounts.find((a) => typeof a !== 'string' || !ACCOUNT_ID.test(a));
  if (badAccount !== undefined) throw new SnapshotError(`snapshot ${file}: "accounts" holds ${describe(badAccount)}, not a 12-digit AWS account id`);
  // An entry is keyed by an account id, or (the identity call) by "?" and the credentials' source.
  const badEntry = data.entries.findIndex((e: Partial<SnapshotEntry> | null) => !e || typeof e !== 'object' || typeof e.account !== 'string' || !(ACCOUNT_ID.test(e.account) || e.account.startsWith('?')));
  if (badEntry >= 0) throw new SnapshotError(`snapshot ${file}: entries[${badEntry}] has account ${describe((data.entries[badEntry] as Partial<SnapshotEntry> | null)?.account)}, not a 12-digit AWS account id`);
  return data as Snapshot;
}

const ACCOUNT_ID = /^[0-9]{12}$/;
const describe = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

/** Answers requests from a snapshot: no network, no credentials. */
export class ReplayTransport implements Transport {
  private readonly entries = new Map<string, SnapshotEntry>();

  constructor(snapshot: Snapshot) {
    for (const e of snapshot.entries) this.entries.set(callKeyString({ ...e, input: e.input }), e);
  }

  async execute(key: CallKey): Promise<unknown> {
    const entry = this.entries.get(callKeyString({ ...key, input: encode(key.input) }));
    if (!entry) throw Object.assign(new Error('the snapshot holds no answer for this call'), { name: 'NotRecorded' });
    if (entry.error) {
      throw Object.assign(new Error(entry.error.message), {
        name: entry.error.code,
        $metadata: { httpStatusCode: entry.error.httpStatusCode },
      });
    }
    return decode(entry.output);
  }
}

/** The error code of a call the demo recording marks as one its emulator could not answer (classified not-recorded). */
export const NOT_SUPPORTED_IN_DEMO = 'NotSupportedInDemo';

/**
 * The demo is recorded from an emulator (moto). Where moto does not implement an operation it
 * answers an HTML error page, which the recorder keeps as an `Http<status>` error (see errorCode).
 * No AWS account answers that way, so the demo must not show it as the account's answer: each
 * such entry becomes a plain "not supported in the demo recording" error, replayed as an ERROR
 * that says so. Returns the operations marked ("service:Operation", each once).
 */
export function markUnsupportedInDemo(snapshot: Snapshot): string[] {
  const marked = new Set<string>();
  for (const entry of snapshot.entries) {
    if (!entry.error || !/^Http\d{3}$/.test(entry.error.code)) continue;
    const op = `${entry.service}:${entry.operation}`;
    entry.error = {
      code: NOT_SUPPORTED_IN_DEMO,
      message: 'is not supported in the demo recording: the emulator it was recorded from cannot answer this call (a real AWS account does)',
    };
    marked.add(op);
  }
  return [...marked].sort();
}
