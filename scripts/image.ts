/**
 * Builds the container image and checks what the Dockerfile promises: it runs as a non-root user,
 * the demo scan runs with a read-only root filesystem writing only to /out, and a first argument
 * that is a program path runs that program (AWS Batch's shell line). Prints the image size.
 * Where no Docker engine answers, it prints why and exits 0: the image build is not part of
 * `npm test`.  `npm run image [-- tag]`
 */
import { spawnSync } from 'node:child_process';
import { packageRoot } from '../src/util/package-root.js';

const tag = process.argv[2] ?? 'srm-audit:dev';

function docker(args: string[], inherit = false): { code: number; out: string } {
  const r = spawnSync('docker', args, { cwd: packageRoot(), encoding: 'utf8', stdio: inherit ? 'inherit' : 'pipe' });
  if (r.error) return { code: -1, out: r.error.message };
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

function fail(message: string): never {
  console.error(`image: FAILED: ${message}`);
  process.exit(1);
}

const info = docker(['info', '--format', '{{.ServerVersion}}']);
if (info.code !== 0) {
  const reason = info.out.split('\n').find((l) => /cannot connect|not found|ENOENT|permission denied|error/i.test(l)) ?? info.out.split('\n')[0];
  console.log(`image: SKIPPED: no Docker engine answers here (docker info: ${reason || `exit ${info.code}`})`);
  process.exit(0);
}
console.log(`image: Docker engine ${info.out}; building ${tag}`);

const t0 = performance.now();
if (docker(['build', '--tag', tag, '.'], true).code !== 0) fail('docker build');
const buildSeconds = Math.round((performance.now() - t0) / 1000);

const user = docker(['run', '--rm', '--entrypoint', 'id', tag, '-u']);
if (user.code !== 0 || user.out === '0') fail(`the image runs as uid ${user.out}, not a non-root user`);

// Read-only root, no capabilities, /out a small tmpfs owned by the node user (uid 1000): the
// demo scan must finish (0, 1 or 3: never 2, which is an environment error such as an unwritable
// folder) and write a run folder that verifies.
const hardened = ['run', '--rm', '--read-only', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges', '--tmpfs', '/out:rw,uid=1000,gid=1000,size=64m'];
const scan = docker([...hardened, tag, '/bin/sh', '-c', 'srm-audit scan --demo --quiet --format json,markdown,html; echo "exit=$?"; ls srm-audit-output/*; srm-audit verify srm-audit-output/* >/dev/null; echo "verify=$?"']);
if (!/^exit=[013]$/m.test(scan.out)) fail(`the demo scan on a read-only root did not finish:\n${scan.out}`);
if (!/^verify=0$/m.test(scan.out)) fail(`srm-audit verify rejected the run folder written on a read-only root:\n${scan.out}`);
for (const file of ['result.json', 'report.md', 'report.html', 'manifest.json']) {
  if (!new RegExp(`^${file.replace('.', '\\.')}$`, 'm').test(scan.out)) fail(`the run folder lacks ${file}:\n${scan.out}`);
}
const help = docker(['run', '--rm', tag, 'scan', '--help']);
if (help.code !== 0 || !help.out.includes('--demo')) fail(`\`docker run ${tag} scan --help\` did not reach the CLI:\n${help.out}`);

const size = Number(docker(['image', 'inspect', '--format', '{{.Size}}', tag]).out);
console.log(`image: OK ${tag}: ${(size / 1e6).toFixed(1)} MB uncompressed, built in ${buildSeconds} s; runs as uid ${user.out}; demo scan on a read-only root wrote its run folder`);
