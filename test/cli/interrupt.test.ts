import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { interruptions, type SignalHost } from '../../src/cli/interrupt.js';
import { silentLogger } from '../../src/engine/scan.js';

/** A process stand-in: signals are emitted by the test, exit is recorded. */
function host() {
  const events = new EventEmitter();
  const exits: number[] = [];
  let err = '';
  const h = {
    on: (e: string, l: (s: NodeJS.Signals) => void) => events.on(e, l),
    off: (e: string, l: (s: NodeJS.Signals) => void) => events.off(e, l),
    exit: (code: number) => void exits.push(code),
    stderr: { write: (s: string) => (err += s) },
  } as unknown as SignalHost;
  return { h, exits, err: () => err, signal: (s: NodeJS.Signals) => events.emit(s, s), listeners: () => events.listenerCount('SIGINT') + events.listenerCount('SIGTERM') };
}

describe('Ctrl-C', () => {
  it('the first aborts the scan; a second stops at once with exit 3, and prints that code', () => {
    const p = host();
    const i = interruptions(undefined, silentLogger, p.h);
    p.signal('SIGINT');
    expect(i.signal.aborted).toBe(true);
    expect(p.exits).toEqual([]);
    p.signal('SIGINT');
    expect(p.exits).toEqual([3]);
    expect(p.err()).toMatch(/^Exit 3: incomplete/m);
  });

  it('after the outcome is printed, a late Ctrl-C exits with the printed code, not another', () => {
    const p = host();
    const i = interruptions(undefined, silentLogger, p.h);
    p.signal('SIGINT');
    i.finish(1);
    p.signal('SIGINT');
    expect(p.exits).toEqual([1]);
  });

  it('a scan that was never interrupted leaves no listener behind', () => {
    const p = host();
    const i = interruptions(undefined, silentLogger, p.h);
    expect(p.listeners()).toBe(2);
    i.finish(0);
    expect(p.listeners()).toBe(0);
  });
});
