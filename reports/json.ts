import type { ScanResult } from '../src/result/result.js';
import { defineReport } from './define.js';

/** Values JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * `JSON.stringify(value, null, 2)` indented by `pad`, in pieces: objects and arrays down to `depth`
 * levels are written member by member, anything deeper whole.
 */
function* pieces(value: unknown, pad: string, depth: number): Generator<string> {
  const plainObject = value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (depth > 0 && Array.isArray(value) && value.length) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i ? ',' : ''}\n${pad}  `;
      yield* pieces(omitted(value[i]) ? null : value[i], `${pad}  `, depth - 1);
    }
    yield `\n${pad}]`;
  } else if (depth > 0 && plainObject) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !omitted(v));
    if (!entries.length) {
      yield '{}';
      return;
    }
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      yield `${i ? ',' : ''}\n${pad}  ${JSON.stringify(k)}: `;
      yield* pieces(v, `${pad}  `, depth - 1);
    }
    yield `\n${pad}}`;
  } else {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad}`);
  }
}

/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: the findings one by one, and
 * `scan` (check descriptions, coverage, baseline) member by member. A large scan's result is tens
 * of megabytes of JSON; built whole, that string and the buffer written from it were the largest
 * objects of the run.
 */
export function* jsonChunks(result: ScanResult): Generator<string> {
  yield* pieces(result, '', 3);
  yield '\n';
}

export default defineReport({
  id: 'json',
  title: 'Canonical JSON result (schemaVersion 1)',
  extension: '.json',
  render: (result) => [...jsonChunks(result)].join(''),
  chunks: jsonChunks,
});
