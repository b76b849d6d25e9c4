import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/**
 * Runs the CLI as its own process (the entry point users run, through tsx), with `env` over this
 * process's environment; returns the exit code and what it printed. A scan against an emulator gets
 * its endpoint here (motoEnv), since the CLI sends no account header of its own.
 */
export async function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', join(root, 'src/cli/bin.ts'), ...args], { env: { ...process.env, ...env }, cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
