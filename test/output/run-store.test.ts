import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findBaseline, localRunStore, readVerifiedRunFolder, RunRefusedError, TREND_RUNS } from '../../src/output/run-store.js';
import { writeRunFolder } from '../../src/output/run-folder.js';
import type { ScanResult } from '../../src/result/result.js';
import { demoResult } from '../harness/demo-result.js';

let demo: ScanResult;
let dir: string;
beforeAll(async () => {
  demo = await demoResult();
  dir = await mkdtemp(join(tmpdir(), 'srm-run-store-'));
});

/** Writes a run of the demo result with this scan id and start time into `out`. */
async function runAt(out: string, id: string, startedAt: string) {
  return (await writeRunFolder(out, { ...demo, scan: { ...demo.scan, id, startedAt } }, ['json'])).dir;
}

describe('local run store', () => {
  it('lists complete runs oldest first by the manifest start time, not the folder name; none in a missing folder', async () => {
    const out = join(dir, 'order');
    // Same second: folder names sort by scan id ("b…" after "a…"), the milliseconds say otherwise.
    await runAt(out, 'b0000000-0000-4000-8000-000000000000', '2026-12-01T10:00:00.100Z');
    await runAt(out, 'a0000000-0000-4000-8000-000000000000', '2026-12-01T10:00:00.900Z');
    await mkdir(join(out, 'not-a-run'));
    await mkdir(join(out, '20261201T100001Z-killed'));
    await writeFile(join(out, '20261201T100001Z-killed', 'result.json'), '{}');
    const runs = await localRunStore(out).completeRuns();
    expect(runs.map((r) => r.scanId)).toEqual(['b0000000-0000-4000-8000-000000000000', 'a0000000-0000-4000-8000-000000000000']);
    expect(await localRunStore(join(dir, 'missing')).completeRuns()).toEqual([]);
  });

  it('reads a run back only when it verifies', async () => {
    const out = join(dir, 'verify');
    const good = await runAt(out, 'c0000000-0000-4000-8000-000000000000', '2026-12-01T11:00:00.000Z');
    const read = await readVerifiedRunFolder(good);
    expect(read.result.scan.id).toBe('c0000000-0000-4000-8000-000000000000');
    expect(read.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    await appendFile(join(good, 'result.json'), ' ');
    await expect(readVerifiedRunFolder(good)).rejects.toThrow(RunRefusedError);
    await expect(readVerifiedRunFolder(join(dir, 'nothing'))).rejects.toThrow(/no manifest\.json/);
  });

  it('an output folder as --baseline gives its newest run that verifies; the trend keeps the last runs only', async () => {
    const out = join(dir, 'many');
    for (let i = 0; i < TREND_RUNS + 2; i++) await runAt(out, `d000000${i.toString(16)}-0000-4000-8000-000000000000`, `2026-12-01T12:00:${String(i).padStart(2, '0')}.000Z`);
    const warned: string[] = [];
    const viaFolder = await findBaseline(out, join(dir, 'elsewhere'), (m) => warned.push(m));
    expect(viaFolder.baseline!.result.scan.id).toBe(`d000000${(TREND_RUNS + 1).toString(16)}-0000-4000-8000-000000000000`);
    expect(viaFolder.earlier).toEqual([]);
    const latest = await findBaseline('latest', out, (m) => warned.push(m));
    expect(latest.earlier).toHaveLength(TREND_RUNS);
    expect(latest.baseline!.result.scan.id).toBe(viaFolder.baseline!.result.scan.id);
    expect(warned).toEqual([]);
  });
});
