/** Whole days from `then` to `now` (negative when then is in the future). */
export function daysBetween(then: Date, now: Date): number {
  return Math.floor((now.getTime() - then.getTime()) / 86_400_000);
}

/**
 * A date field of the IAM credential report: ISO 8601, or 'N/A' / 'not_supported' /
 * 'no_information' when there is none. Returns undefined for the latter.
 */
export function reportDate(value: string | undefined): Date | undefined {
  if (!value || ['N/A', 'not_supported', 'no_information'].includes(value)) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
