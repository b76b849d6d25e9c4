import type { Logger } from '../engine/scan.js';
import { EXIT } from './exit.js';

/** What interruptions need of the process (a stand-in in tests). */
export interface SignalHost {
  on(event: 'SIGINT' | 'SIGTERM', listener: (sig: NodeJS.Signals) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: (sig: NodeJS.Signals) => void): unknown;
  exit(code: number): never;
  stderr: { write(s: string): unknown };
}

export interface Interruptions {
  signal: AbortSignal;
  /**
   * The command printed its outcome with this exit code. A signal that still arrives (the
   * process can linger while connections close) exits with the same code, never another.
   */
  finish(code: number): void;
}

/**
 * Ctrl-C, SIGTERM and the scan timeout all abort the scan the same way: requests in flight are
 * cut, checks still waiting become ERROR, and what finished is written, marked incomplete.
 * A second Ctrl-C stops at once, with exit code 3 (incomplete, DESIGN.md), and says so: the
 * code printed is the code the process exits with.
 */
export function interruptions(timeoutSeconds: number | undefined, log: Logger, host: SignalHost = process as unknown as SignalHost): Interruptions {
  const controller = new AbortController();
  let exitWith: number | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    if (exitWith !== undefined) return host.exit(exitWith);
    if (controller.signal.aborted) {
      host.stderr.write(`srm-audit: ${sig} again: stopped at once; results not yet written are lost\nExit ${EXIT.incomplete}: incomplete: stopped by a second ${sig}\n`);
      return host.exit(EXIT.incomplete);
    }
    log.warn(`${sig} received: finishing with what is done; press Ctrl-C again to stop at once`);
    controller.abort(new Error(`interrupted by ${sig}`));
  };
  host.on('SIGINT', onSignal);
  host.on('SIGTERM', onSignal);
  const timer = timeoutSeconds ? setTimeout(() => controller.abort(new Error(`scan timeout of ${timeoutSeconds}s reached`)), timeoutSeconds * 1000) : undefined;
  return {
    signal: controller.signal,
    finish(code) {
      if (timer) clearTimeout(timer);
      // Once interrupted, the user may press Ctrl-C again while the process winds down: keep
      // answering with the code already printed. Otherwise nothing is left listening.
      if (controller.signal.aborted) {
        exitWith = code;
        return;
      }
      host.off('SIGINT', onSignal);
      host.off('SIGTERM', onSignal);
    },
  };
}
