/**
 * Regenerates demo/demo-snapshot.json: starts moto, seeds the "Acme Analytics" demo account
 * (test/fixtures/demo-account.ts), scans it with the real CLI and records every response.
 *   npm run demo:record
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/index.js';
import { packageRoot } from '../src/util/package-root.js';
import { DEMO_REGIONS, seedClients, seedDemoAccount } from './support/demo-account.js';
import { motoEnv, startMoto } from './support/moto-server.js';
import { markUnsupportedInDemo, type Snapshot } from '../src/inventory/snapshot.js';
import { ageDemoCredentialReport } from './demo-aging.js';
import { trimUnusedAwsManagedPolicies } from './demo-trim.js';

const moto = await startMoto({ MOTO_IAM_LOAD_MANAGED_POLICIES: 'true' });
const out = await mkdtemp(join(tmpdir(), 'srm-demo-'));
try {
  Object.assign(process.env, motoEnv(moto.endpoint));
  await seedDemoAccount(seedClients(moto.endpoint));
  const snapshot = join(packageRoot(), 'demo', 'demo-snapshot.json');
  const code = await main(['node', 'srm-audit', 'scan', '--regions', DEMO_REGIONS.join(','), '--save-snapshot', snapshot, '--output-dir', out, '--fail-on', 'none']);
  const recorded = JSON.parse(await readFile(snapshot, 'utf8')) as Snapshot;
  ageDemoCredentialReport(recorded);
  const trimmed = trimUnusedAwsManagedPolicies(recorded);
  // moto's HTML error pages are not an account's answer: replayed as "not supported in the demo
  // recording"; demo/config.json excludes the checks that need these calls.
  const unsupported = markUnsupportedInDemo(recorded);
  await writeFile(snapshot, JSON.stringify(recorded, null, 1) + '\n');
  console.log(`recorded ${snapshot} (scan exit ${code}; credential report aged, see scripts/demo-aging.ts; ${trimmed} unattached AWS managed policies dropped, see scripts/demo-trim.ts; not supported in the demo recording: ${unsupported.join(', ') || 'none'})`);
} finally {
  await moto.stop();
  await rm(out, { recursive: true, force: true });
}
