import { globMatch } from '../util/glob.js';
import type { Finding } from '../result/finding.js';
import type { SuppressionStatus } from '../result/result.js';

/** A reasoned, approved, expiring acknowledgement of findings (config `suppressions`). */
export interface Suppression {
  /** Check id, or a glob (`iam.*`). */
  checkId: string;
  /** Glob matched against the resource ARN and the resource id. */
  resource: string;
  account?: string;
  region?: string;
  reason: string;
  by: string;
  /** YYYY-MM-DD; the suppression applies through the end of that day (UTC). */
  expires?: string;
}

export function isExpired(s: Suppression, now: Date): boolean {
  return !!s.expires && now.getTime() > Date.parse(`${s.expires}T23:59:59.999Z`);
}

function matches(s: Suppression, f: Finding): boolean {
  return (
    globMatch(s.checkId, f.checkId) &&
    (globMatch(s.resource, f.resource.arn) || globMatch(s.resource, f.resource.id)) &&
    (!s.account || s.account === f.account) &&
    (!s.region || globMatch(s.region, f.region))
  );
}

/**
 * Marks findings muted by the first active suppression that matches. Muted findings stay in the
 * result. A matching suppression that has expired no longer mutes; the finding carries it as
 * `expiredMute` so reports can say so.
 *
 * A suppression accepts the risk of something that was judged (PASS or FAIL). It never mutes an
 * ERROR: an ERROR says the check could not decide, and hiding that would make a result with blind
 * spots look complete. An ERROR a suppression's pattern covers stays ERROR, unmuted, and the
 * suppression's status counts it in `errorsNotMuted` so the reports can say so.
 */
export class Suppressor {
  private readonly status: SuppressionStatus[];

  constructor(private readonly list: readonly Suppression[], private readonly now: Date) {
    this.status = list.map((s) => ({
      checkId: s.checkId,
      resource: s.resource,
      reason: s.reason,
      by: s.by,
      ...(s.expires ? { expires: s.expires } : {}),
      status: isExpired(s, now) ? 'expired' : 'active',
      matched: 0,
      errorsNotMuted: 0,
    }));
  }

  apply(f: Finding): Finding {
    if (f.status === 'ERROR') {
      for (let i = 0; i < this.list.length; i++) if (matches(this.list[i]!, f)) this.status[i]!.errorsNotMuted = (this.status[i]!.errorsNotMuted ?? 0) + 1;
      return f;
    }
    let expired: number | undefined;
    for (let i = 0; i < this.list.length; i++) {
      const s = this.list[i]!;
      if (!matches(s, f)) continue;
      this.status[i]!.matched++;
      const mute = { reason: s.reason, by: s.by, ...(s.expires ? { expires: s.expires } : {}) };
      if (this.status[i]!.status === 'active') return { ...f, muted: true, mute };
      expired ??= i;
    }
    if (expired === undefined) return f;
    const s = this.list[expired]!;
    return { ...f, expiredMute: { reason: s.reason, by: s.by, ...(s.expires ? { expires: s.expires } : {}) } };
  }

  report(): SuppressionStatus[] {
    return this.status.map((s) => ({ ...s }));
  }
}

/**
 * Suppressions whose checkId (an id or a glob) matches none of the given check ids: they can
 * never mute anything, which is most often a typo in the id.
 */
export function suppressionsMatchingNoCheck(list: readonly Suppression[], checkIds: readonly string[]): { index: number; checkId: string }[] {
  return list.flatMap((s, index) => (checkIds.some((id) => globMatch(s.checkId, id)) ? [] : [{ index, checkId: s.checkId }]));
}
