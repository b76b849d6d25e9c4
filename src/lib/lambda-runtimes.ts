/**
 * Lambda managed runtimes and their deprecation dates (the day Lambda stops applying security
 * patches and technical support ends: "Deprecation date" in AWS's runtime tables). Data, kept in
 * one place: update it when AWS publishes or moves a date.
 *
 * Source: AWS Lambda Developer Guide, "Lambda runtimes" (supported and deprecated runtime tables)
 * and "Runtime deprecation policy", https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 * and https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html, as published at the
 * end of 2025 (python3.9 moved to 2025-12-15, nodejs18.x deprecated 2025-09-01). Dates of
 * supported runtimes are AWS's projected dates and may move.
 */
export const LAMBDA_RUNTIME_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html';

/** Runtime identifier → deprecation date (UTC, YYYY-MM-DD). */
export const LAMBDA_RUNTIME_DEPRECATION: Readonly<Record<string, string>> = {
  // Supported (projected dates)
  'nodejs24.x': '2028-04-30',
  'nodejs22.x': '2027-04-30',
  'nodejs20.x': '2026-04-30',
  'python3.14': '2029-06-30',
  'python3.13': '2029-06-30',
  'python3.12': '2028-10-31',
  'python3.11': '2026-06-30',
  'python3.10': '2026-06-30',
  java25: '2029-06-30',
  java21: '2029-06-30',
  java17: '2026-06-30',
  java11: '2026-06-30',
  'java8.al2': '2026-06-30',
  dotnet10: '2028-11-14',
  dotnet8: '2026-11-10',
  'ruby3.4': '2028-03-31',
  'ruby3.3': '2027-03-31',
  'ruby3.2': '2026-03-31',
  'provided.al2023': '2029-06-30',
  'provided.al2': '2026-06-30',
  // Deprecated
  'nodejs18.x': '2025-09-01',
  'nodejs16.x': '2024-06-12',
  'nodejs14.x': '2023-12-04',
  'nodejs12.x': '2023-03-31',
  'nodejs10.x': '2021-07-30',
  'nodejs8.10': '2020-03-06',
  'nodejs6.10': '2019-08-12',
  'nodejs4.3-edge': '2020-03-05',
  'nodejs4.3': '2020-03-05',
  nodejs: '2016-10-31',
  'python3.9': '2025-12-15',
  'python3.8': '2024-10-14',
  'python3.7': '2023-12-04',
  'python3.6': '2022-07-18',
  'python2.7': '2021-07-15',
  java8: '2024-01-08',
  dotnet7: '2024-05-14',
  dotnet6: '2024-11-12',
  'dotnet5.0': '2022-05-10',
  'dotnetcore3.1': '2023-04-03',
  'dotnetcore2.1': '2022-01-05',
  'dotnetcore2.0': '2019-05-30',
  'dotnetcore1.0': '2019-07-27',
  'ruby2.7': '2023-11-27',
  'ruby2.5': '2021-07-30',
  'go1.x': '2024-01-08',
  provided: '2024-01-08',
};

export interface RuntimeStatus {
  runtime: string;
  /** The deprecation date, or undefined when the runtime is not in the table (newer than the table, or not an AWS runtime). */
  deprecationDate: string | undefined;
  /** Days until the deprecation date, rounded up (0 on and after the date's first day, negative later); undefined when unknown. */
  daysUntilDeprecation: number | undefined;
}

/** Where `runtime` stands at `now`. */
export function runtimeStatus(runtime: string, now: Date): RuntimeStatus {
  const date = LAMBDA_RUNTIME_DEPRECATION[runtime];
  if (!date) return { runtime, deprecationDate: undefined, daysUntilDeprecation: undefined };
  const days = Math.ceil((Date.parse(`${date}T00:00:00Z`) - now.getTime()) / 86_400_000) || 0; // || 0: no -0
  return { runtime, deprecationDate: date, daysUntilDeprecation: days };
}

/** Whether the runtime is deprecated at `now` (the date has begun), or `warnDays` or fewer days before it. */
export function isRuntimeDeprecated(status: RuntimeStatus, warnDays = 0): boolean {
  return status.daysUntilDeprecation !== undefined && status.daysUntilDeprecation <= warnDays;
}
