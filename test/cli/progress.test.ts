import { describe, expect, it } from 'vitest';
import { formatSeconds, ProgressDisplay, progressMode, type ProgressStream } from '../../src/cli/progress.js';

/** A fake terminal: records what is written, and what the line shows after carriage returns and clears. */
class FakeTty implements ProgressStream {
  readonly isTTY: boolean;
  columns = 160;
  writes: string[] = [];
  constructor(tty: boolean) {
    this.isTTY = tty;
  }
  write(text: string) {
    this.writes.push(text);
    return true;
  }
  /** The visible last line of a terminal that honours \r and ESC[2K. */
  get screen(): string {
    const all = this.writes.join('');
    const lastLine = all.split('\n').pop()!;
    return lastLine.split('\r').pop()!.replace('\x1b[2K', '');
  }
}

function run(stream: FakeTty, mode: 'tty' | 'lines' | 'off') {
  let t = 0;
  let calls = 0;
  const p = new ProgressDisplay({ stream, mode, clock: () => t, redrawMs: 100, lineEveryMs: 10_000 });
  p.start({ apiCalls: () => calls, errors: () => 1 });
  p.accountPlanned('111122223333', ['us-east-1', 'eu-west-1']);
  p.accountFailed('444455556666');
  p.tasksPlanned(100);
  for (let i = 0; i < 50; i++) {
    t += 200; // 0.2 s a task
    calls += 3;
    p.taskDone();
  }
  return { p, advance: (ms: number) => (t += ms) };
}

describe('scan progress display', () => {
  it('on a terminal: one line redrawn in place with accounts, checks, API calls, errors and ETA', () => {
    const tty = new FakeTty(true);
    const { p } = run(tty, 'tty');
    expect(tty.writes.join('')).not.toContain('\n'); // never scrolls
    expect(tty.screen).toBe('1 account, 2 region scopes, 1 unreachable | checks 50/100 (50%) | 150 API calls | 1 error | ETA 10s');
    p.finish();
    expect(tty.screen).toBe(''); // the status line is cleared for the summary that follows
  });

  it('on a terminal: redraws are throttled and cut to the terminal width', () => {
    const tty = new FakeTty(true);
    tty.columns = 40;
    run(tty, 'tty');
    expect(tty.writes.length).toBeLessThanOrEqual(55); // 50 tasks at 200 ms each, plus the forced redraws
    expect(tty.screen.length).toBeLessThanOrEqual(39);
  });

  it('not on a terminal: a plain line now and then, then a final one', () => {
    const log = new FakeTty(false);
    const { p } = run(log, 'lines');
    const lines = log.writes.join('').split('\n').filter(Boolean);
    expect(lines).toEqual(['[progress] 1 account, 2 region scopes, 1 unreachable | checks 50/100 (50%) | 150 API calls | 1 error | ETA 10s']);
    expect(log.writes.join('')).not.toContain('\r');
    expect(log.writes.join('')).not.toContain('\u001b');
    p.finish();
    expect(log.writes.join('').split('\n').filter(Boolean).pop()).toMatch(/^\[progress\] done: .*checks 50\/100/);
  });

  it('quiet: writes nothing at all', () => {
    const s = new FakeTty(true);
    const { p } = run(s, 'off');
    p.finish();
    expect(s.writes).toEqual([]);
  });

  it('chooses the mode from the stream and --quiet', () => {
    expect(progressMode({ write: () => true, isTTY: true }, false)).toBe('tty');
    expect(progressMode({ write: () => true }, false)).toBe('lines');
    expect(progressMode({ write: () => true, isTTY: true }, true)).toBe('off');
  });

  it('formats ETAs', () => {
    expect([formatSeconds(0.2), formatSeconds(59.5), formatSeconds(60), formatSeconds(119.9), formatSeconds(3725)]).toEqual(['1s', '1m00s', '1m00s', '2m00s', '1h02m']);
  });
});

describe('the real CLI under a pseudo-terminal', () => {
  it('draws the status line in place on stderr, clears it, then prints the summary', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..');
    const out = await mkdtemp(join(tmpdir(), 'srm-tty-'));
    // util-linux `script` gives the command a pty, so process.stderr.isTTY is true, as in a terminal.
    const cmd = `${process.execPath} --import tsx src/cli/bin.ts scan --demo --config demo/config.json --output-dir ${out} --format json --fail-on none`;
    const r = await promisify(execFile)('script', ['-qfec', cmd, '/dev/null'], { cwd: root, env: { ...process.env, COLUMNS: '200' } });
    const text = r.stdout;
    expect(text).toContain('\r\u001b[2K1 account, 2 region scopes');
    expect(text).toMatch(/checks \d+\/\d+ \(\d+%\)/);
    // The summary starts on a cleared line, not after a half-drawn status.
    expect(text).toContain('\r\u001b[2Ksrm-audit ');
  }, 60_000);
});
