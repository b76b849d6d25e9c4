/**
 * THE error classifier. Every AWS error is classified here and nowhere else, so "could not look"
 * never turns into a default value (the Prowler trap) and "not configured" stays data.
 */
export type ErrorKind =
  | 'denied' // the identity lacks the permission
  | 'unsupported' // the operation or region does not support it
  | 'throttled' // retries exhausted on throttling
  | 'timeout'
  | 'network'
  | 'credentials' // no or invalid credentials
  | 'not-recorded' // replaying a snapshot that does not hold this call
  | 'invalid-data' // AWS answered, but with data we cannot parse
  | 'aborted' // the scan was interrupted (signal or scan timeout) before this call finished
  | 'unknown';

const KIND_BY_CODE: Record<string, ErrorKind> = {};
const codes: Record<Exclude<ErrorKind, 'invalid-data' | 'unknown'>, string[]> = {
  denied: ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedAccess', 'AuthorizationError',
    'AuthorizationErrorException', 'Forbidden', 'AllAccessDisabled', 'Client.UnauthorizedOperation'],
  unsupported: ['UnsupportedOperation', 'InvalidAction', 'UnknownOperationException', 'NotImplemented', 'OptInRequired',
    'UnsupportedOperationException', 'InvalidParameterValue.Region'],
  throttled: ['Throttling', 'ThrottlingException', 'RequestLimitExceeded', 'SlowDown', 'TooManyRequestsException',
    'RequestThrottled', 'RequestThrottledException', 'PriorRequestNotComplete', 'ProvisionedThroughputExceededException'],
  timeout: ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException', 'ETIMEDOUT'],
  aborted: ['AbortError'],
  network: ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'NetworkingError'],
  // NotSupportedInDemo: the demo recording marks the calls its emulator could not answer
  // (src/inventory/snapshot.ts markUnsupportedInDemo); like a missing entry, the snapshot holds no answer.
  'not-recorded': ['NotRecorded', 'NotSupportedInDemo'],
  credentials: ['CredentialsProviderError', 'ExpiredToken', 'ExpiredTokenException', 'InvalidClientTokenId',
    'SignatureDoesNotMatch', 'UnrecognizedClientException', 'InvalidAccessKeyId', 'TokenRefreshRequired', 'AuthFailure'],
};
for (const [kind, list] of Object.entries(codes)) for (const c of list) KIND_BY_CODE[c] = kind as ErrorKind;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number };
  $response?: { statusCode?: number };
}

/**
 * An answer that is not an AWS API response at all (an HTML error page from a proxy, or an
 * emulator's "not implemented" page): the SDK fails to parse it and names the parser's error.
 */
function nonApiStatus(err: unknown): number | undefined {
  const e = (err ?? {}) as ErrorLike;
  const message = typeof e.message === 'string' ? e.message : '';
  const status = httpStatus(err);
  return status !== undefined && (e.name === 'SyntaxError' || /Deserialization error|XML parse error|is not valid JSON/.test(message)) ? status : undefined;
}

/** The error's code as AWS names it (SDK v3 puts it in `name`; Node network errors in `code`). */
export function errorCode(err: unknown): string {
  const nonApi = nonApiStatus(err);
  if (nonApi !== undefined) return `Http${nonApi}`;
  const e = (err ?? {}) as ErrorLike;
  for (const c of [e.Code, e.code, e.name]) {
    if (typeof c === 'string' && c && c !== 'Error' && c !== 'ServiceException') return c;
  }
  return 'UnknownError';
}

export function httpStatus(err: unknown): number | undefined {
  const e = (err ?? {}) as ErrorLike;
  return e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
}

export function errorMessage(err: unknown): string {
  const nonApi = nonApiStatus(err);
  if (nonApi !== undefined) return `the endpoint answered HTTP ${nonApi} with a body the SDK could not read as this service's protocol (an HTML error page, or another protocol's error shape)`;
  const m = (err as ErrorLike | undefined)?.message;
  return typeof m === 'string' && m ? m : String(err);
}

export function classifyError(err: unknown): ErrorKind {
  if (err instanceof InventoryError) return err.kind;
  const code = errorCode(err);
  const known = KIND_BY_CODE[code];
  if (known) return known;
  const status = httpStatus(err);
  // Some services (and emulators) answer denials in another protocol's shape: the code is then
  // lost but the status is not.
  if (status === 403) return 'denied';
  if (status === 429) return 'throttled';
  if (status === 501) return 'unsupported';
  if (/not (yet |been )?implemented|is not supported in this region|unsupported operation/i.test(errorMessage(err))) return 'unsupported';
  return 'unknown';
}

/** Whether the error is one of the codes a getter declared as "not configured". */
export function isAbsent(err: unknown, absentCodes: readonly string[] | undefined): boolean {
  if (!absentCodes?.length) return false;
  const e = (err ?? {}) as ErrorLike;
  return [e.name, e.code, e.Code].some((c) => typeof c === 'string' && absentCodes.includes(c));
}

export interface InventoryErrorInfo {
  kind: ErrorKind;
  service: string;
  operation: string;
  iamAction: string;
  code: string;
  message: string;
  account: string;
  region: string;
}

/** A data fetch that failed: carries everything an ERROR finding must name. */
export class InventoryError extends Error {
  readonly kind: ErrorKind;
  readonly service: string;
  readonly operation: string;
  readonly iamAction: string;
  readonly code: string;
  readonly account: string;
  readonly region: string;

  constructor(info: InventoryErrorInfo) {
    super(info.message);
    this.name = 'InventoryError';
    this.kind = info.kind;
    this.service = info.service;
    this.operation = info.operation;
    this.iamAction = info.iamAction;
    this.code = info.code;
    this.account = info.account;
    this.region = info.region;
  }

  /** One sentence for an ERROR finding. */
  describe(): string {
    const why: Record<ErrorKind, string> = {
      denied: `access denied: the scanning identity needs ${this.iamAction}`,
      unsupported: `not supported here (${this.code})`,
      throttled: `throttled and retries were exhausted (${this.code})`,
      timeout: `timed out (${this.code})`,
      network: `network error (${this.code})`,
      credentials: `credentials rejected (${this.code})`,
      'not-recorded': this.message, // the replay's own sentence: no answer recorded, or not supported in the demo recording
      'invalid-data': `the answer could not be parsed (${this.message})`,
      aborted: `the scan was interrupted before it finished (${this.message})`,
      unknown: `failed with ${this.code}: ${this.message}`,
    };
    return `Could not evaluate: ${this.service}:${this.operation} in ${this.region} ${why[this.kind]}`;
  }
}
