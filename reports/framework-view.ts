import type { Finding } from '../src/result/finding.js';
import type { ScanResult } from '../src/result/result.js';
import { framework, frameworks as allFrameworks, resolveFrameworks, type Framework, type FrameworkControl } from '../src/frameworks/index.js';

/**
 * Per-framework evidence, derived from the result and the framework data files only: for each
 * requirement, whether this scan shows it met, failed (and on which resources), could not evaluate
 * it, found nothing to judge (not evaluated: never "met" over nothing), or leaves it to an assessor
 * (manual). HTML and Markdown render the same model.
 */
export type RequirementStatus = 'met' | 'failed' | 'could not evaluate' | 'not evaluated' | 'manual';
export const REQUIREMENT_STATUSES: readonly RequirementStatus[] = ['met', 'failed', 'could not evaluate', 'not evaluated', 'manual'];

export interface FailingResource {
  checkId: string;
  account: string;
  region: string;
  id: string;
  arn: string;
}

export interface RequirementEvidence {
  control: FrameworkControl;
  status: RequirementStatus;
  /** One sentence: why this status (which checks errored or did not run, how many resources passed, muted). */
  detail: string;
  /** Unmuted FAIL findings' resources, first `maxResources` of them (unique per check and resource). */
  failing: FailingResource[];
  /** How many failing resources in all (failing may hold fewer). */
  failingCount: number;
}

export interface FrameworkEvidence {
  framework: Framework;
  requirements: RequirementEvidence[];
  counts: Record<RequirementStatus, number>;
}

/** Tallies of one check's findings in this result: built once, read by every requirement. */
interface CheckTally {
  pass: number;
  fail: Finding[];
  error: number;
  muted: number;
}

function tallyByCheck(result: ScanResult): Map<string, CheckTally> {
  const byCheck = new Map<string, CheckTally>();
  for (const f of result.findings) {
    let t = byCheck.get(f.checkId);
    if (!t) byCheck.set(f.checkId, (t = { pass: 0, fail: [], error: 0, muted: 0 }));
    // An ERROR is never muted in effect (suppressions do not apply to it), so it counts whatever the flag says.
    if (f.status === 'ERROR') t.error++;
    else if (f.muted) t.muted++;
    else if (f.status === 'FAIL') t.fail.push(f);
    else t.pass++;
  }
  return byCheck;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function requirementEvidence(control: FrameworkControl, ran: ReadonlySet<string>, tallies: ReadonlyMap<string, CheckTally>, maxResources: number): RequirementEvidence {
  if (!control.checks.length) {
    return { control, status: 'manual', detail: control.note ?? 'No check decides this requirement: an assessor does.', failing: [], failingCount: 0 };
  }
  const notRun = control.checks.filter((id) => !ran.has(id));
  const judged = control.checks.filter((id) => ran.has(id)).map((id) => [id, tallies.get(id) ?? { pass: 0, fail: [], error: 0, muted: 0 }] as const);
  const seen = new Set<string>();
  const failing: FailingResource[] = [];
  let failingCount = 0;
  for (const [checkId, t] of judged) {
    for (const f of t.fail) {
      const key = `${checkId}\u0000${f.resource.arn}`;
      if (seen.has(key)) continue;
      seen.add(key);
      failingCount++;
      if (failing.length < maxResources) failing.push({ checkId, account: f.account, region: f.region, id: f.resource.id, arn: f.resource.arn });
    }
  }
  const errored = judged.filter(([, t]) => t.error > 0).map(([id]) => id);
  const passed = judged.reduce((n, [, t]) => n + t.pass, 0);
  const muted = judged.reduce((n, [, t]) => n + t.muted, 0);
  const mutedNote = muted ? ` ${plural(muted, 'muted finding')} not counted.` : '';
  if (failingCount) {
    return { control, status: 'failed', detail: `${plural(failingCount, 'failing resource')}.${mutedNote}`, failing, failingCount };
  }
  if (errored.length || notRun.length) {
    const why = [
      ...(errored.length ? [`${errored.join(', ')} could not decide (ERROR)`] : []),
      ...(notRun.length ? [`${notRun.join(', ')} did not run in this scan`] : []),
    ].join('; ');
    return { control, status: 'could not evaluate', detail: `${why}.${mutedNote}`, failing: [], failingCount: 0 };
  }
  // Checks that ran over nothing judged nothing: the requirement is not shown met (muted findings
  // were judged, and their owners accepted them, so those still count as looked at).
  if (!passed && !muted) return { control, status: 'not evaluated', detail: 'The checks ran and found no resource to judge.', failing: [], failingCount: 0 };
  const detail = passed ? `${plural(passed, 'passing finding')} from ${plural(judged.length, 'check')}.` : 'No unmuted finding.';
  return { control, status: 'met', detail: `${detail}${mutedNote}`, failing: [], failingCount: 0 };
}

/**
 * The frameworks a report shows: those named (ids, in the order given; unknown ids are a usage
 * error naming the valid ones), or every framework file.
 */
export function viewFrameworks(ids?: readonly string[]): Framework[] {
  return ids?.length ? resolveFrameworks(ids) : allFrameworks();
}

/**
 * The frameworks a report of this result shows: those the report was asked for (`report
 * --framework`), else those the scan chose (recorded in `scan.evidence.selectedFrameworks`, so a
 * re-rendered result keeps its scan's view), else every framework file. A recorded id that this
 * version has no file for is skipped: the view is layout, never a reason to refuse a saved result.
 */
export function reportFrameworks(result: ScanResult, view: { frameworks?: readonly string[] }): Framework[] {
  if (view.frameworks?.length) return resolveFrameworks(view.frameworks);
  const recorded = (result.scan.evidence?.selectedFrameworks ?? []).map((id) => framework(id)).filter((fw): fw is Framework => fw !== undefined);
  return recorded.length ? recorded : allFrameworks();
}

export function frameworkEvidence(result: ScanResult, list: readonly Framework[], maxResources = 10): FrameworkEvidence[] {
  const ran = new Set(result.scan.checks);
  const tallies = tallyByCheck(result);
  return list.map((framework) => {
    const requirements = framework.controls.map((c) => requirementEvidence(c, ran, tallies, maxResources));
    const counts = Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, requirements.filter((r) => r.status === s).length])) as Record<RequirementStatus, number>;
    return { framework, requirements, counts };
  });
}

/** "CIS Amazon Web Services Foundations Benchmark v3.0.0", "PCI DSS v4.0.1"; a title that names its version is kept as it is. */
export function frameworkName(fw: Framework): string {
  return fw.title.includes(fw.version) ? fw.title : `${fw.title} v${fw.version}`;
}
