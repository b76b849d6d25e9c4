import type { ScanResult } from '../src/result/result.js';
import { defineReport } from './define.js';

/**
 * `JSON.stringify(result, null, 2) + '\n'`, byte for byte, in pieces: each top-level array
 * (the findings) element by element. A large scan's result is tens of megabytes of JSON; built
 * whole, that string and the buffer written from it were the largest objects of the run.
 */
export function* jsonChunks(result: ScanResult): Generator<string> {
  let first = true;
  for (const [key, value] of Object.entries(result)) {
    const head = `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      yield `${head}[`;
      for (let i = 0; i < value.length; i++) {
        // An array element JSON cannot represent (undefined, a function) is written as null, as JSON.stringify does.
        yield `${i ? ',' : ''}\n    ${(JSON.stringify(value[i], null, 2) ?? 'null').replace(/\n/g, '\n    ')}`;
      }
      yield '\n  ]';
    } else {
      const text = JSON.stringify(value, null, 2);
      if (text === undefined) continue; // JSON.stringify leaves such keys out
      yield head + text.replace(/\n/g, '\n  ');
    }
    first = false;
  }
  yield first ? '{}\n' : '\n}\n';
}

export default defineReport({
  id: 'json',
  title: 'Canonical JSON result (schemaVersion 1)',
  extension: '.json',
  render: (result) => [...jsonChunks(result)].join(''),
  chunks: jsonChunks,
});
