import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../../src/aws/call.js';
import { DEFAULT_CLIENT_OPTIONS } from '../../src/aws/clients.js';
import { Registry } from '../../src/check/registry.js';
import { validateResult, type ScanResult } from '../../src/result/result.js';
import { runScan } from '../../src/engine/scan.js';
import { loadSnapshot } from '../../src/inventory/snapshot.js';
import { builtinChecks } from '../../checks/index.js';

/** The canonical result of the demo snapshot, evaluated offline with every built-in check; schema-checked. */
export async function demoResult(): Promise<ScanResult> {
  const registry = await Registry.create(builtinChecks);
  const snapshot = await loadSnapshot(join(import.meta.dirname, '..', '..', 'demo', 'demo-snapshot.json'));
  const { result } = await runScan({ checks: registry.all(), accounts: [], limits: DEFAULT_LIMITS, clientOptions: DEFAULT_CLIENT_OPTIONS, snapshot });
  const problems = validateResult(result);
  if (problems.length) throw new Error(`demo result does not match the schema: ${problems.join('; ')}`);
  return result;
}
