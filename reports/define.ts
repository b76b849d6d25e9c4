import type { ScanResult } from '../src/result/result.js';

/** A report format: a pure function of the canonical result. The engine does the file handling. */
export interface Report {
  readonly id: string;
  readonly title: string;
  /** File extension including the dot. */
  readonly extension: string;
  render(result: ScanResult): string;
}

export function defineReport(report: Report): Report {
  return report;
}
