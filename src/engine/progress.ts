/** What the engine reports while it scans, for a progress display (src/cli/progress.ts). */
export interface ScanProgress {
  /** The scan's live counters, readable at any time. */
  start(counters: { apiCalls(): number; errors(): number }): void;
  accountPlanned(account: string, regions: readonly string[]): void;
  /** An account that could not be scanned at all (e.g. its role could not be assumed). */
  accountFailed(account: string): void;
  tasksPlanned(count: number): void;
  taskDone(): void;
  finish(): void;
}
