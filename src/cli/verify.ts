import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST, verifyRunDir } from '../output/manifest.js';
import { EXIT } from './exit.js';
import { UsageError } from '../util/errors.js';

/** Exit 0 when every file matches the manifest (and the signature, if any); 1 and the differences otherwise. */
export async function verifyCommand(dir: string, o: { publicKey?: string }): Promise<number> {
  const publicKey = o.publicKey ? await readFile(o.publicKey, 'utf8').catch(() => { throw new UsageError(`cannot read --public-key ${o.publicKey}`); }) : undefined;
  await readFile(join(dir, MANIFEST)).catch(() => {
    throw new UsageError(`${dir} has no ${MANIFEST}: not an srm-audit run folder`);
  });
  const v = await verifyRunDir(dir, publicKey);
  if (!v.ok) {
    process.stdout.write(`NOT VERIFIED: ${dir}\n${v.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return EXIT.findings;
  }
  const sig = v.signed === 'valid' ? `signature valid${v.pinned ? ' for the given public key' : ' (key taken from the manifest: pass --public-key to pin it)'}` : 'unsigned';
  process.stdout.write(`verified: ${dir}: every file matches ${MANIFEST}; ${sig}\n`);
  return EXIT.clean;
}
