import pLimit, { type LimitFunction } from 'p-limit';
import { classifyError, errorCode, errorMessage, InventoryError, isAbsent } from './errors.js';
import { operationSpec, type ServiceKey } from './operations.js';
import type { OperationInput, OperationName, OperationOutput } from './sdk.js';
import { stableStringify } from '../util/json.js';

export interface CallKey {
  account: string;
  service: ServiceKey;
  region: string;
  operation: string;
  input: unknown;
}

/**
 * Sends one request somewhere: to AWS (live) or to a snapshot (replay). The key says everything
 * about the request; only the live transport turns it into an SDK command (and loads the SDK).
 */
export interface Transport {
  execute(key: CallKey, signal?: AbortSignal): Promise<unknown>;
}

/** Sees every request's outcome: the snapshot recorder. */
export interface CallObserver {
  onResult(key: CallKey, output: unknown): void;
  onError(key: CallKey, error: unknown): void;
}

export function callKeyString(k: CallKey): string {
  return `${k.account}|${k.service}|${k.region}|${k.operation}|${stableStringify(k.input ?? {})}`;
}

export interface Limits {
  /** One budget for the whole scan. */
  concurrency: number;
  /** Per account and service: IAM and S3 control planes throttle early. */
  serviceCaps: Partial<Record<ServiceKey, number>>;
}

export const DEFAULT_LIMITS: Limits = {
  concurrency: 24,
  // API Gateway's control-plane reads share a low account-wide rate (a few per second), and GetResources/GetStages are per API.
  // S3 bucket configuration reads scale per bucket (AWS documents per-prefix rates in the thousands
  // a second, no account-wide limit): the global budget bounds them, no cap of their own.
  serviceCaps: { iam: 4, s3control: 2, sts: 2, ec2: 12, cloudtrail: 6, apigateway: 4, apigatewayv2: 4 },
};

/** Scan-wide request accounting: `scan.apiCalls`, calls per operation, repeated inputs. */
export class CallStats {
  total = 0;
  readonly byOperation = new Map<string, number>();
  private readonly seen = new Map<string, number>();
  /** Keys sent more than once that were not declared as polling. */
  readonly repeated = new Set<string>();

  count(key: CallKey, poll: boolean): void {
    this.total++;
    const op = `${key.service}:${key.operation}`;
    this.byOperation.set(op, (this.byOperation.get(op) ?? 0) + 1);
    const k = callKeyString(key);
    const n = (this.seen.get(k) ?? 0) + 1;
    this.seen.set(k, n);
    if (n > 1 && !poll) this.repeated.add(k);
  }

  operations(): Record<string, number> {
    return Object.fromEntries([...this.byOperation.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** Where a failed call is reported besides the thrown InventoryError: `scan.errors`. */
export type ErrorSink = (error: InventoryError) => void;

export interface SendOptions {
  /** Error codes that mean "not configured": the call resolves to null. */
  absent?: readonly string[];
  /** A polling call (credential report generation): repeats are expected, not a caching bug. */
  poll?: boolean;
}

/**
 * THE request path for one account. Every SDK request of a scan goes through `send`: it takes a
 * slot of the global budget and of the service's cap, counts the call, lets the recorder see the
 * outcome and classifies errors once.
 */
export class Aws {
  constructor(
    readonly account: string,
    readonly partition: string,
    private readonly deps: {
      transport: Transport;
      stats: CallStats;
      limiter: ScanLimiter;
      observer?: CallObserver;
      onError?: ErrorSink;
      signal?: AbortSignal;
    },
  ) {}

  /** The region global services (IAM, S3 Control, STS) are called in. */
  get globalRegion(): string {
    return ({ 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' } as Record<string, string>)[this.partition] ?? 'us-east-1';
  }

  /** One request, by the SDK's operation name: `send('sqs', region, 'ListQueues', { MaxResults: 1000 })`. */
  async send<S extends ServiceKey, O extends OperationName<S>>(service: S, region: string, operation: O, input: OperationInput<S, O>, opts: SendOptions = {}): Promise<OperationOutput<S, O>> {
    const out = await this.request<OperationOutput<S, O>>(service, region, operation, input, opts);
    if (out === null) throw new Error(`BUG: ${service} call declared no absent codes but resolved to null`);
    return out;
  }

  /** Like send, but the declared "not configured" codes resolve to null: absence is data. */
  async sendOptional<S extends ServiceKey, O extends OperationName<S>>(
    service: S,
    region: string,
    operation: O,
    input: OperationInput<S, O>,
    absent: readonly string[],
    opts: Omit<SendOptions, 'absent'> = {},
  ): Promise<OperationOutput<S, O> | null> {
    return this.request<OperationOutput<S, O>>(service, region, operation, input, { ...opts, absent });
  }

  /** Follows a token-paginated operation to the end and concatenates the pages' items. */
  async paginate<S extends ServiceKey, O extends OperationName<S>, T>(
    service: S,
    region: string,
    operation: O,
    make: NoInfer<(token: string | undefined) => OperationInput<S, O>>,
    page: (out: OperationOutput<S, O>) => { items: readonly T[] | undefined; next: string | undefined },
  ): Promise<T[]> {
    const all: T[] = [];
    const tokens = new Set<string>();
    let token: string | undefined;
    do {
      const { items, next } = page(await this.send(service, region, operation, make(token)));
      if (items) all.push(...items);
      // A repeated token would loop forever; AWS never repeats one, emulators sometimes do.
      token = next && !tokens.has(next) ? next : undefined;
      if (token) tokens.add(token);
    } while (token);
    return all;
  }

  private async request<Out>(service: ServiceKey, region: string, operation: string, input: unknown, opts: SendOptions): Promise<Out | null> {
    const spec = operationSpec(service, operation);
    const key: CallKey = { account: this.account, service, region, operation, input };
    const { transport, stats, limiter, observer, signal } = this.deps;
    try {
      const out = await limiter.run(this.account, service, () => {
        if (signal?.aborted) throw Object.assign(new Error(abortReason(signal)), { name: 'AbortError' });
        stats.count(key, opts.poll ?? false);
        return signal ? requestAborts(signal).run((own) => transport.execute(key, own)) : transport.execute(key);
      });
      observer?.onResult(key, out);
      return out as Out;
    } catch (caught) {
      if (caught instanceof Error && caught.message.startsWith('BUG:')) throw caught;
      // An in-flight request cut by the scan's signal: report the interruption, not the SDK's wording.
      const err = signal?.aborted ? Object.assign(new Error(abortReason(signal)), { name: 'AbortError' }) : caught;
      if (!signal?.aborted) observer?.onError(key, err); // an interruption is not AWS's answer: never record it
      if (isAbsent(err, opts.absent)) return null;
      const error = new InventoryError({
        kind: classifyError(err),
        service,
        operation,
        iamAction: spec.iamAction,
        code: errorCode(err),
        message: errorMessage(err),
        account: this.account,
        region,
      });
      this.deps.onError?.(error);
      throw error;
    }
  }
}

/** The global budget plus per-(account, service) caps. Wraps single requests only: never nest. */
export class ScanLimiter {
  private readonly global: LimitFunction;
  private readonly caps = new Map<string, LimitFunction>();

  constructor(private readonly limits: Limits = DEFAULT_LIMITS) {
    this.global = pLimit(limits.concurrency);
  }

  run<T>(account: string, service: ServiceKey, fn: () => Promise<T>): Promise<T> {
    const cap = this.limits.serviceCaps[service];
    if (!cap) return this.global(fn);
    const key = `${account}:${service}`;
    let limit = this.caps.get(key);
    if (!limit) this.caps.set(key, (limit = pLimit(cap)));
    return limit(() => this.global(fn));
  }
}

/**
 * Gives every request its own AbortSignal, all tied to the scan's signal through one listener. The
 * SDK adds abort listeners per in-flight request (retry middleware, HTTP handler) to the signal it
 * is handed: two dozen concurrent requests sharing the scan's signal passed Node's limit of ten
 * listeners and printed MaxListenersExceededWarning on every scan.
 */
class RequestAborts {
  private readonly inFlight = new Set<AbortController>();

  constructor(private readonly scan: AbortSignal) {
    scan.addEventListener('abort', () => {
      for (const c of this.inFlight) c.abort(scan.reason);
    }, { once: true });
  }

  async run<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const own = new AbortController();
    if (this.scan.aborted) own.abort(this.scan.reason);
    this.inFlight.add(own);
    try {
      return await fn(own.signal);
    } finally {
      this.inFlight.delete(own);
    }
  }
}

const requestAbortsBySignal = new WeakMap<AbortSignal, RequestAborts>();

/** One fan-out per scan signal, however many accounts' request paths share it. */
function requestAborts(signal: AbortSignal): RequestAborts {
  let r = requestAbortsBySignal.get(signal);
  if (!r) requestAbortsBySignal.set(signal, (r = new RequestAborts(signal)));
  return r;
}

function abortReason(signal: AbortSignal): string {
  const r: unknown = signal.reason;
  return r instanceof Error ? r.message : typeof r === 'string' ? r : 'scan aborted';
}
