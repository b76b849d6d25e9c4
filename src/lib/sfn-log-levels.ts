/**
 * Step Functions log levels, from least to most detailed (AWS: OFF logs nothing, FATAL only
 * execution failures, ERROR every error, ALL every event). Pure data for the logging check.
 */
export const SFN_LOG_LEVELS = ['OFF', 'FATAL', 'ERROR', 'ALL'] as const;
export type SfnLogLevel = (typeof SFN_LOG_LEVELS)[number];

/** Whether `level` logs at least what `minimum` does; an unknown level never does. */
export function logsAtLeast(level: string | undefined, minimum: SfnLogLevel): boolean {
  const rank = SFN_LOG_LEVELS.indexOf((level ?? 'OFF') as SfnLogLevel);
  return rank > 0 && rank >= SFN_LOG_LEVELS.indexOf(minimum);
}

export function isSfnLogLevel(value: string): value is SfnLogLevel {
  return (SFN_LOG_LEVELS as readonly string[]).includes(value);
}
