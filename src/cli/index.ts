import { Argument, Command, CommanderError, Option } from 'commander';
import { CheckLoadError } from '../check/registry.js';
import { AwsUnreachableError, ScopeError } from '../engine/scope.js';
import { SnapshotError } from '../inventory/snapshot.js';
import { toolVersion } from '../util/package-root.js';
import { checksCommand, CHECKS_FORMATS, type ChecksFormat } from './checks.js';
import { completionScript, SHELLS, type CompletionHints, type Shell } from './completion.js';
import { REPORTS, reportIds } from '../../reports/index.js';
import { frameworks } from '../frameworks/index.js';
import { builtinChecks } from '../../checks/index.js';
import { diffCommand } from './diff.js';
import { frameworksCommand } from './frameworks.js';
import { EXIT } from './exit.js';
import { describeErrno, errnoCode, UsageError } from '../util/errors.js';
import { mergeCommand, type MergeFlags } from './merge.js';
import { explainPolicy, scanPolicy } from './policy.js';
import { reportCommand } from './report.js';
import { scanCommand, type ScanFlags } from './scan.js';
import { verifyCommand } from './verify.js';
import { closeEvidenceClient } from '../output/s3-store.js';

const list = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const collect = (v: string, prev: string[] = []) => [...prev, v];
const EXIT_CODES_HELP = `
Exit codes:
  0  clean: no unmuted FAIL at or above --fail-on
  1  an unmuted FAIL at or above --fail-on
  2  usage or configuration error
  3  incomplete: some checks could not decide (ERROR findings); 3 wins over 1,
     unless --ignore-exit-code-3 (then --fail-on decides; the ERRORs stay in the reports)`;
const IGNORE_EXIT_3 = 'ERROR findings (checks that could not decide) do not make the exit code 3: --fail-on alone decides; they are still listed in every report (an interrupted scan still exits 3)';

/** `args`: the command line after `srm-audit`, which a scan records (secrets redacted) as evidence. */
export function buildProgram(setExit: (code: number) => void, args: readonly string[] = []): Command {
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
    .option('--framework <ids>', 'only the checks of these frameworks, and their evidence views in the reports (comma-separated; "srm-audit frameworks" lists the ids)', list)
    .option('--format <list>', `report formats, comma-separated: ${reportIds().join(', ')} (default: json,markdown)`, list)
    .option('--stdout', 'also write the report of the one --format (default json) to standard output, for a pipe (e.g. into jq); the summary and progress then go to standard error')
    .option('--list-services', 'list the services checks exist for (the values of --services) and exit')
    .option('--output-dir <dir>', 'where run folders are written: a folder, or s3://bucket/prefix (the evidence store; see docs/permissions.md) (default: ./srm-audit-output)')
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
    .option('--demo', 'scan the built-in demo account (a snapshot shipped with srm-audit), with the demo\'s config (demo/config.json) unless --config is given')
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
    .option('--ignore-exit-code-3', IGNORE_EXIT_3)
    .option('--baseline <run>', 'report what changed since an earlier complete run that verifies: "latest" (the newest in --output-dir), a run folder or an output folder (local, or s3://…)')
    .option('--fail-on-new', 'exit 1 only on new failures since --baseline (at or above --fail-on); ERROR findings still exit 3 unless --ignore-exit-code-3')
    .option('--notify-webhook <url>', 'after the scan, post a short summary of new failures (all failures without a baseline) to this Slack-compatible incoming webhook (https; config key notify.webhook); a failed post is reported, never fatal')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (flags: ScanFlags) => setExit(flags.listServices ? await checksCommand.services({ ...(flags.checksDir ? { checksDir: flags.checksDir } : {}) }) : await scanCommand(flags, args)));

  program
    .command('merge <results...>')
    .description('merge the results of the shards of one scan (result.json files, run folders or output folders) into one run folder')
    .option('--output-dir <dir>', 'where the merged run folder is written (default: ./srm-audit-output)')
    .option('--format <list>', `report formats, comma-separated: ${reportIds().join(', ')} (default: json,markdown)`, list)
    .addOption(new Option('--fail-on <level>', 'exit 1 when an unmuted FAIL has at least this severity (default: low)').choices(['critical', 'high', 'medium', 'low', 'informational', 'none']))
    .option('--sign-key <file>', 'sign the run folder manifest with this Ed25519 private key (PEM)')
    .option('--public-key <file>', 'require every input run folder to be signed by this Ed25519 public key (PEM)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--ignore-exit-code-3', IGNORE_EXIT_3)
    .action(async (results: string[], flags: MergeFlags) => setExit(await mergeCommand(results, flags)));

  const checks = program.command('checks').description('list the checks with their metadata');
  checks
    .command('list', { isDefault: true })
    .description('list every check')
    .addOption(new Option('--format <format>', 'output format (default: table, also when piped)').choices(CHECKS_FORMATS))
    .option('--list-services', 'list the services checks exist for (the values of scan --services), with their check counts')
    .option('--checks-dir <dir>', 'include third-party checks from this folder', collect)
    .option('--framework <ids>', 'only the checks of these frameworks, with a column for each (comma-separated)', list)
    .action(async (o: { format?: ChecksFormat; checksDir?: string[]; listServices?: boolean; framework?: string[] }) => setExit(o.listServices ? await checksCommand.services(o) : await checksCommand.list(o)));
  checks
    .command('show <id>')
    .description('show one check: metadata, SRM tags, frameworks, options')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']))
    .option('--checks-dir <dir>', 'include third-party checks from this folder', collect)
    .action(async (id: string, o: { format?: 'text' | 'json'; checksDir?: string[] }) => setExit(await checksCommand.show(id, o)));

  program
    .command('report')
    .description('render a saved result.json in another format')
    .requiredOption('--input <file>', 'a result.json written by srm-audit scan, or its run folder, local or s3://bucket/prefix/<run> (verified first) (summary and duty verdicts are recomputed from the findings)')
    .addOption(new Option('--format <format>', 'report format').choices(reportIds()).makeOptionMandatory())
    .option('--output <file>', 'write here (atomically) instead of standard output')
    .option('--framework <ids>', 'the frameworks whose evidence view the HTML and Markdown reports show (comma-separated; default: all)', list)
    .option('--owner <team>', 'only the findings this team owns (teams come from the config\'s ownerTags, accountTeams, ouTeams, defaultTeam at scan time)')
    .addHelpText('after', () => `\nFormats (also for scan --format):\n${Object.values(REPORTS).map((r) => `  ${r.id.padEnd(10)} ${r.title} (${r.id === 'json' ? 'result.json' : `report${r.extension}`})`).join('\n')}`)
    .action(async (o: { input: string; format: string; output?: string; framework?: string[]; owner?: string }) => setExit(await reportCommand(o)));

  program
    .command('frameworks')
    .description('list the compliance frameworks with their coverage: requirements automated (decided by checks), manual, total')
    .addOption(new Option('--format <format>', 'table or json').choices(['table', 'json']))
    .action((o: { format?: 'table' | 'json' }) => setExit(frameworksCommand(o)));

  program
    .command('diff <old> [new]')
    .description('compare two results (result.json files, run folders, or output folders, local or s3://…: their newest complete run; one output folder alone: its two newest runs): new failures, resolved, still failing, now ERROR, not rescanned, now muted, new errors; exit 3 when earlier failures could not be checked again')
    .addOption(new Option('--format <format>', 'markdown, json or html').choices(['markdown', 'json', 'html']).default('markdown'))
    .action(async (a: string, b: string | undefined, o: { format: 'markdown' | 'json' | 'html' }) => setExit(await diffCommand(a, b, o)));

  program
    .command('verify <dir>')
    .description('check a run folder (local, or s3://bucket/prefix/<run>) against its manifest (SHA-256 of every file) and signature')
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
  program
    .command('version')
    .description('print the srm-audit version, and the Node.js it runs on (--version prints the bare number)')
    .action(() => {
      process.stdout.write(`srm-audit ${toolVersion()}\nNode.js ${process.version} (${process.platform} ${process.arch})\n`);
      setExit(EXIT.clean);
    });

  program
    .command('completion')
    .description('print a shell completion script: source <(srm-audit completion bash), or … completion zsh; srm-audit completion fish | source')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action((shell: Shell) => {
      process.stdout.write(completionScript(shell, program, completionHints()));
      setExit(EXIT.clean);
    });
  return program;
}

/** What option values and arguments complete to, beyond declared choices. */
function completionHints(): CompletionHints {
  const services = [...new Set(builtinChecks.map((c) => c.service))].sort();
  const ids = builtinChecks.map((c) => c.id).sort();
  return {
    optionValues: { '--format': reportIds(), '--services': services, '--framework': frameworks().map((f) => f.id), '--checks': ids, '--exclude-checks': ids },
    argumentValues: { 'checks show': ids },
  };
}

function parseIntArg(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${v}")`);
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram((c) => (code = c), argv.slice(2));
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
  } finally {
    // The evidence store's S3 client (if --output-dir or an argument was s3://): its sockets closed.
    await closeEvidenceClient();
  }
}
