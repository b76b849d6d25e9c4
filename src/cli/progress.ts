/**
 * Scan progress on stderr. On a terminal: one status line redrawn in place (accounts and regions
 * planned, check tasks done, API calls, errors, ETA). Elsewhere (CI, cron, a pipe): a plain line
 * now and then, so logs stay readable. `--quiet` turns it off. Hand-written: one line of text
 * needs no dependency, and this keeps the output inert and testable with a fake TTY.
 */
import type { ScanProgress } from '../engine/progress.js';
import { stripControl } from '../util/inert.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export type ProgressMode = 'tty' | 'lines' | 'off';

export interface ProgressOptions {
  stream: ProgressStream;
  mode: ProgressMode;
  /** Milliseconds between redraws on a terminal. */
  redrawMs?: number;
  /** Milliseconds between lines when not on a terminal. */
  lineEveryMs?: number;
  clock?: () => number;
}

/** The mode for a stream: a status line on a TTY, occasional lines elsewhere, nothing when quiet. */
export function progressMode(stream: ProgressStream, quiet: boolean | undefined): ProgressMode {
  if (quiet) return 'off';
  return stream.isTTY ? 'tty' : 'lines';
}

export class ProgressDisplay implements ScanProgress {
  private counters = { apiCalls: () => 0, errors: () => 0 };
  private accounts = 0;
  private failedAccounts = 0;
  private scopes = 0;
  private tasks = 0;
  private done = 0;
  private startedAt = 0;
  private lastDraw = -Infinity;
  private drawn = false;
  private printed = false;
  private readonly clock: () => number;

  constructor(private readonly opts: ProgressOptions) {
    this.clock = opts.clock ?? (() => Date.now());
  }

  start(counters: { apiCalls(): number; errors(): number }): void {
    this.counters = counters;
    this.startedAt = this.clock();
    this.lastDraw = this.opts.mode === 'lines' ? this.startedAt : -Infinity;
  }

  accountPlanned(_account: string, regions: readonly string[]): void {
    this.accounts++;
    this.scopes += regions.length;
    this.tick();
  }

  accountFailed(_account: string): void {
    this.failedAccounts++;
    this.tick();
  }

  tasksPlanned(count: number): void {
    this.tasks += count;
    this.tick(true);
  }

  taskDone(): void {
    this.done++;
    this.tick();
  }

  finish(): void {
    if (this.opts.mode === 'tty') this.clearLine();
    // A short scan printed no progress line: its summary says it all.
    else if (this.opts.mode === 'lines' && this.printed) this.opts.stream.write(`[progress] done: ${this.status()}\n`);
  }

  /** Clears the status line so a log line can be written; the next update redraws it. */
  clearLine(): void {
    if (this.opts.mode !== 'tty' || !this.drawn) return;
    this.opts.stream.write('\r\x1b[2K');
    this.drawn = false;
    this.lastDraw = -Infinity;
  }

  /** The status text, e.g. "2 accounts, 6 regions | checks 120/480 (25%) | 1,204 API calls | 3 errors | ETA 40s". */
  status(): string {
    const pct = this.tasks ? Math.floor((this.done / this.tasks) * 100) : 0;
    const parts = [
      `${this.accounts} account${this.accounts === 1 ? '' : 's'}, ${this.scopes} region scope${this.scopes === 1 ? '' : 's'}${this.failedAccounts ? `, ${this.failedAccounts} unreachable` : ''}`,
      `checks ${this.done}/${this.tasks} (${pct}%)`,
      `${this.counters.apiCalls().toLocaleString('en-US')} API calls`,
      `${this.counters.errors()} error${this.counters.errors() === 1 ? '' : 's'}`,
    ];
    const eta = this.eta();
    if (eta !== undefined) parts.push(`ETA ${formatSeconds(eta)}`);
    return parts.join(' | ');
  }

  /** Seconds left, from the pace so far; unknown until a tenth of a second of work and one task are done. */
  private eta(): number | undefined {
    const elapsed = (this.clock() - this.startedAt) / 1000;
    if (!this.done || !this.tasks || elapsed < 0.1 || this.done >= this.tasks) return undefined;
    return (elapsed / this.done) * (this.tasks - this.done);
  }

  private tick(force = false): void {
    const { mode } = this.opts;
    if (mode === 'off') return;
    const now = this.clock();
    if (mode === 'tty') {
      if (!force && now - this.lastDraw < (this.opts.redrawMs ?? 100)) return;
      const width = Math.max(20, (this.opts.stream.columns || 100) - 1); // a pty may report 0 columns
      this.opts.stream.write(`\r\x1b[2K${stripControl(this.status()).slice(0, width)}`);
      this.drawn = true;
    } else {
      if (now - this.lastDraw < (this.opts.lineEveryMs ?? 15_000)) return;
      this.opts.stream.write(`[progress] ${this.status()}\n`);
      this.printed = true;
    }
    this.lastDraw = now;
  }
}

export function formatSeconds(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
