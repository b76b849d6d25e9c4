import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/atomic.js';
import { fileDigest, StreamDigest } from '../../src/output/manifest.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'srm-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic with pieces', () => {
  it('writes the concatenation of the pieces, across batch boundaries, and leaves no temporary file', async () => {
    // Pieces of several sizes, some multi-byte, adding up to more than two write batches.
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i}:${'é✓x'.repeat(i % 500)}\n`);
    const file = join(dir, 'out.json');
    await writeFileAtomic(file, pieces);
    expect(await readFile(file, 'utf8')).toBe(pieces.join(''));
    expect(await readdir(dir)).toEqual(['out.json']);
  });

  it('digests the pieces as they pass: the same entry as fileDigest of the whole text', async () => {
    const pieces = ['{', '"a": "é"', '}\n'];
    const digest = new StreamDigest('x.json');
    await writeFileAtomic(join(dir, 'x.json'), digest.tap(pieces));
    expect(digest.result()).toEqual(fileDigest('x.json', pieces.join('')));
    expect(digest.result().bytes).toBe(Buffer.byteLength(await readFile(join(dir, 'x.json'))));
  });

  it('removes the temporary file when a piece fails to render', async () => {
    function* failing(): Generator<string> {
      yield 'start';
      throw new Error('render failed');
    }
    await expect(writeFileAtomic(join(dir, 'y.json'), failing())).rejects.toThrow('render failed');
    expect(await readdir(dir)).toEqual([]);
  });
});
