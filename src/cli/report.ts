import { readFile } from 'node:fs/promises';
import { REPORTS } from '../../reports/index.js';
import { writeOutputFile } from '../output/atomic.js';
import { validateResult, type ScanResult } from '../result/result.js';
import { EXIT } from './exit.js';
import { UsageError } from '../util/errors.js';

/** Reads a saved result.json and checks it against the schema: every report renders from a valid result only. */
export async function readResult(file: string): Promise<ScanResult> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read result ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const version = (data as { schemaVersion?: unknown })?.schemaVersion;
  if (version !== 1) throw new UsageError(`${file} has schemaVersion ${JSON.stringify(version)}; this srm-audit reads schemaVersion 1`);
  const problems = validateResult(data);
  if (problems.length) throw new UsageError(`${file} is not a valid srm-audit result: ${problems[0]}`);
  return data as ScanResult;
}

export async function reportCommand(o: { input: string; format: string; output?: string }): Promise<number> {
  const report = REPORTS[o.format];
  if (!report) throw new UsageError(`unknown report format "${o.format}" (available: ${Object.keys(REPORTS).join(', ')})`);
  const text = report.render(await readResult(o.input));
  if (o.output) await writeOutputFile(o.output, text, '--output');
  else process.stdout.write(text);
  return EXIT.clean;
}
