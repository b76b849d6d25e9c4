import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import json, { jsonChunks } from '../../reports/json.js';
import type { ScanResult } from '../../src/result/result.js';

let result: ScanResult;
beforeAll(async () => {
  result = await demoResult();
});

const whole = (r: unknown) => JSON.stringify(r, null, 2) + '\n';

describe('json report in pieces', () => {
  it('is JSON.stringify(result, null, 2) byte for byte, one piece per finding', () => {
    const pieces = [...jsonChunks(result)];
    expect(pieces.join('')).toBe(whole(result));
    expect(json.render(result)).toBe(whole(result));
    // The findings are written one by one: no piece holds more than one of them.
    expect(pieces.length).toBeGreaterThan(result.findings.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole(result).length / 10);
  });

  it('matches JSON.stringify on the shapes it must not change: no findings, undefined and odd keys, nested arrays', () => {
    const odd = {
      ...result,
      findings: [],
      extra: undefined,
      'quote"key\n': [1, undefined, { a: [] }, [2, [3]]],
      empty: {},
      nothing: null,
    } as unknown as ScanResult;
    expect([...jsonChunks(odd)].join('')).toBe(whole(odd));
    expect([...jsonChunks({} as ScanResult)].join('')).toBe(whole({}));
  });

  it('keeps a hostile string on one line: escapes are not re-indented', () => {
    const copy = structuredClone(result);
    copy.findings[0]!.message = 'line1\nline2\r\n  "quoted" \u2028';
    const text = [...jsonChunks(copy)].join('');
    expect(text).toBe(whole(copy));
    expect((JSON.parse(text) as ScanResult).findings[0]!.message).toBe(copy.findings[0]!.message);
  });
});
