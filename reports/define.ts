import type { ScanResult } from '../src/result/result.js';

/**
 * How a report for people is laid out, never what it concludes: the same result gives the same
 * verdicts whatever the view.
 */
export interface ReportView {
  /** Framework ids whose evidence view to show, in this order (default: every framework file). */
  frameworks?: readonly string[];
  /** The team whose view this is (`report --owner`): the result holds only its findings. */
  owner?: string;
}

/** A report format: a pure function of the canonical result. The engine does the file handling. */
export interface Report {
  readonly id: string;
  readonly title: string;
  /** File extension including the dot. */
  readonly extension: string;
  /**
   * `notes`: warnings about the result itself (e.g. a stored summary that disagreed with the
   * findings when it was read back); formats meant for people show them prominently.
   */
  render(result: ScanResult, notes?: readonly string[], view?: ReportView): string;
  /**
   * The same text as `render`, in pieces, for formats whose text grows with the findings: the run
   * folder writes the pieces as they come instead of holding the whole file in memory.
   */
  chunks?(result: ScanResult): Iterable<string>;
}

export function defineReport(report: Report): Report {
  return report;
}
