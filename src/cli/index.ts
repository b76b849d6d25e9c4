import { Command, CommanderError, Option } from 'commander';
import { CheckLoadError } from '../check/registry.js';
import { AwsUnreachableError, ScopeError } from '../engine/scope.js';
import { SnapshotError } from '../inventory/snapshot.js';
import { toolVersion } from '../util/package-root.js';
import { checksCommand } from './checks.js';
import { diffCommand } from './diff.js';
import { EXIT } from './exit.js';
import { describeErrno, errnoCode, UsageError } from '../util/errors.js';
import { mergeCommand, type MergeFlags } from './merge.js';
import { explainPolicy, scanPolicy } from './policy.js';
import { reportCommand } from './report.js';
import { reportIds } from '../../reports/index.js';
import { scanCommand, type ScanFlags } from './scan.js';
import { verifyCommand } from './verify.js';

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const collect = (v: string, prev: string[] = []) => [...prev, v];

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('srm-audit')
    .description('Audit AWS accounts against the Shared Responsibility Model, read-only.')
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('scan')
    .description('scan AWS (default credential chain) or replay a snapshot, and write the reports')
    .option('--profile <name>', 'AWS profile from the shared config files')
    .option('--role-arn <arn>', 'assume this role before scanning')
    .option('--external-id <id>', 'external id for --role-arn')
    .option('--regions <list>', 'comma-separated regions (default: every enabled region)', list)
    .option('--checks <list>', 'comma-separated check ids or globs to run (e.g. "iam.*")', list)
    .option('--exclude-checks <list>', 'comma-separated check ids or globs to skip', list)
    .option('--services <list>', 'only checks of these services (e.g. iam,s3)', list)
    .addOption(new Option('--severity <level>', 'only checks of at least this severity').choices(['critical', 'high', 'medium', 'low', 'informational']))
    .option('--framework <id>', 'only the checks of this framework (e.g. cis-aws-foundations-3.0.0)')
    .option('--format <list>', `report formats, comma-separated: ${reportIds().join(', ')} (default: json,markdown)`, list)
    .option('--output-dir <dir>', 'where run folders are written (default: ./srm-audit-output)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unmuted FAIL has at least this severity (default: low)').choices(['critical', 'high', 'medium', 'low', 'informational', 'none']))
    .option('--concurrency <n>', 'AWS requests in flight at most', (v) => parseIntArg('--concurrency', v, 1, 256))
    .option('--max-attempts <n>', 'attempts per AWS request, adaptive back-off between them', (v) => parseIntArg('--max-attempts', v, 1, 20))
    .option('--timeout <seconds>', 'stop the scan after this long and write what finished, marked incomplete', (v) => parseIntArg('--timeout', v, 1, 604800))
    .option('--config <file>', 'configuration file (see config.example.json)')
    .option('--checks-dir <dir>', 'load third-party checks from this folder (repeatable); they run as code with the scan\'s credentials', collect)
    .option('--allow-plugins', 'let the config file load code: its "checksDirs" and "plugins" keys')
    .option('--from-snapshot <file>', 'evaluate a recorded snapshot offline: no AWS calls')
    .option('--save-snapshot <file>', 'record every AWS response (secrets redacted) to this file')
    .option('--sign-key <file>', 'sign the run folder manifest with this Ed25519 private key (PEM)')
    .option('--demo', 'scan the built-in demo account (a snapshot shipped with srm-audit)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'log progress and per-operation API call counts to stderr')
    .option('--organization', 'scan every ACTIVE account of the AWS organization (run from the management or a delegated administrator account)')
    .option('--org-role-name <name>', 'role to assume in each member account (default: OrganizationAccountAccessRole)')
    .option('--org-external-id <id>', 'external id for the member account role')
    .option('--org-include-accounts <list>', 'scan only these account ids (comma-separated)', list)
    .option('--org-exclude-accounts <list>', 'never scan these account ids (comma-separated)', list)
    .option('--org-include-ous <list>', 'scan only accounts under these OU or root ids, recursively', list)
    .option('--org-exclude-ous <list>', 'never scan accounts under these OU or root ids, recursively', list)
    .option('--org-include-tags <list>', 'scan only accounts with one of these tags (key=value or key)', list)
    .option('--org-exclude-tags <list>', 'never scan accounts with one of these tags (key=value or key)', list)
    .option('--shard <K/N>', 'scan only shard K of N of the account list (merge the shard results with "srm-audit merge")')
    .option('--strict', 'configuration warnings are errors (exit 2): a suppression whose checkId matches no check')
    .action(async (flags: ScanFlags) => setExit(await scanCommand(flags)));

  program
    .command('merge <results...>')
    .description('merge the results of the shards of one scan (result.json files, run folders or output folders) into one run folder')
    .option('--output-dir <dir>', 'where the merged run folder is written (default: ./srm-audit-output)')
    .option('--format <list>', `report formats, comma-separated: ${reportIds().join(', ')} (default: json,markdown)`, list)
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unmuted FAIL has at least this severity (default: low)').choices(['critical', 'high', 'medium', 'low', 'informational', 'none']))
    .option('--sign-key <file>', 'sign the run folder manifest with this Ed25519 private key (PEM)')
    .option('--public-key <file>', 'require every input run folder to be signed by this Ed25519 public key (PEM)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (results: string[], flags: MergeFlags) => setExit(await mergeCommand(results, flags)));

  const checks = program.command('checks').description('list the checks with their metadata');
  checks
    .command('list', { isDefault: true })
    .description('list every check')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .option('--checks-dir <dir>', 'include third-party checks from this folder', collect)
    .action(async (o: { format?: 'table' | 'json'; checksDir?: string[] }) => setExit(await checksCommand.list(o)));
  checks
    .command('show <id>')
    .description('show one check: metadata, SRM tags, frameworks, options')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']))
    .option('--checks-dir <dir>', 'include third-party checks from this folder', collect)
    .action(async (id: string, o: { format?: 'text' | 'json'; checksDir?: string[] }) => setExit(await checksCommand.show(id, o)));

  program
    .command('report')
    .description('render a saved result.json in another format')
    .requiredOption('--input <file>', 'a result.json written by srm-audit scan, or its run folder (summary and duty verdicts are recomputed from the findings)')
    .requiredOption('--format <format>', `report format id: ${reportIds().join(', ')}`)
    .option('--output <file>', 'write here (atomically) instead of standard output')
    .action(async (o: { input: string; format: string; output?: string }) => setExit(await reportCommand(o)));

  program
    .command('diff <old> <new>')
    .description('compare two results (result.json files or run folders): new failures, resolved, still failing, now ERROR, not rescanned, now muted, new errors; exit 3 when earlier failures could not be checked again')
    .addOption(new Option('--format <format>', 'markdown, json or html').choices(['markdown', 'json', 'html']).default('markdown'))
    .action(async (a: string, b: string, o: { format: 'markdown' | 'json' | 'html' }) => setExit(await diffCommand(a, b, o)));

  program
    .command('verify <dir>')
    .description('check a run folder against its manifest (SHA-256 of every file) and signature')
    .option('--public-key <file>', 'the Ed25519 public key (PEM) the signature must match')
    .action(async (dir: string, o: { publicKey?: string }) => setExit(await verifyCommand(dir, o)));

  program
    .command('policy')
    .description('print the least-privilege read-only IAM policy the scan needs')
    .option('--explain', 'list each action with the operation and why it is needed')
    .action((o: { explain?: boolean }) => {
      process.stdout.write((o.explain ? explainPolicy() : JSON.stringify(scanPolicy(), null, 2)) + '\n');
      setExit(EXIT.clean);
    });
  return program;
}

function parseIntArg(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.clean;
      return EXIT.usage; // commander already printed the sentence
    }
    if (err instanceof AwsUnreachableError) {
      process.stderr.write(`srm-audit: ${err.message}\n`);
      return EXIT.incomplete;
    }
    if (err instanceof UsageError || err instanceof CheckLoadError || err instanceof SnapshotError || err instanceof ScopeError) {
      process.stderr.write(`srm-audit: ${err.message}\n`);
      return EXIT.usage;
    }
    // A file system error no command turned into a sentence (a path that vanished, a full disk):
    // the environment's fault, not a bug.
    const errno = errnoCode(err);
    const path = (err as NodeJS.ErrnoException).path;
    if (errno && (err as NodeJS.ErrnoException).syscall) {
      process.stderr.write(`srm-audit: ${(err as NodeJS.ErrnoException).syscall} ${path ?? ''}: ${describeErrno(err)}; check the path and the disk, then try again\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
