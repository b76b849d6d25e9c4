import type { Aws } from '../aws/call.js';
import { InventoryError } from '../aws/errors.js';
import type { Inventory } from '../inventory/index.js';

/** Thrown when a scan cannot be planned (no credentials, no regions): exit code 2. */
export class ScopeError extends Error {
  constructor(
    message: string,
    /** The AWS error code behind it, when there is one (AccessDenied, ECONNREFUSED, …). */
    readonly code?: string,
    /** The AWS error message behind it, first line. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/**
 * AWS could not be reached at the start, after the SDK's retries: STS throttled, answered 5xx, timed
 * out or the network failed. Nothing was scanned, so the result would be incomplete: exit 3.
 */
export class AwsUnreachableError extends ScopeError {}

export interface Identity {
  account: string;
  arn: string;
  partition: string;
}

/** Who we are: account id and partition from STS GetCallerIdentity (needs no permission). */
export async function callerIdentity(aws: Aws, label: string): Promise<Identity> {
  try {
    const out = await aws.send('sts', aws.globalRegion, 'GetCallerIdentity', {});
    const arn = out.Arn ?? '';
    return { account: out.Account ?? '', arn, partition: arn.split(':')[1] || 'aws' };
  } catch (err) {
    if (err instanceof InventoryError && ['credentials', 'denied'].includes(err.kind)) {
      throw new ScopeError(`no usable AWS credentials from ${label}: ${err.code}: ${err.message.split('\n')[0]}`, err.code, err.message.split('\n')[0]);
    }
    if (err instanceof InventoryError && err.kind === 'network') {
      throw new AwsUnreachableError(`cannot reach AWS STS (GetCallerIdentity) for ${label} after retries (${err.code}); check the network or AWS_ENDPOINT_URL, then run the scan again`, err.code, err.message.split('\n')[0]);
    }
    if (err instanceof InventoryError && ['throttled', 'timeout', 'unknown'].includes(err.kind)) {
      const why = err.kind === 'throttled' ? 'was throttled' : err.kind === 'timeout' ? 'timed out' : `failed (${err.message.split('\n')[0]})`;
      throw new AwsUnreachableError(`AWS STS GetCallerIdentity for ${label} ${why} after retries (${err.code}): nothing was scanned; run the scan again later, or with a larger --max-attempts`, err.code, err.message.split('\n')[0]);
    }
    if (err instanceof InventoryError && err.kind === 'not-recorded') {
      throw new ScopeError(`the snapshot holds no identity for ${label}`);
    }
    const code = (err as { name?: string }).name ?? '';
    if (/Credential/i.test(code) || /credential/i.test((err as Error).message)) {
      throw new ScopeError(`no AWS credentials found for ${label}: ${(err as Error).message.split('\n')[0]}`, code || 'CredentialsProviderError', (err as Error).message.split('\n')[0]);
    }
    throw err;
  }
}

/**
 * The regions to scan: the requested ones, each of which must be enabled for the account, or
 * every enabled region (EC2 DescribeRegions leaves out opt-in regions that are not enabled).
 */
export async function planRegions(inventory: Inventory, requested: readonly string[] | undefined): Promise<string[]> {
  let enabled: string[] | undefined;
  try {
    enabled = (await inventory.ec2.regions()).map((r) => r.RegionName ?? '').filter(Boolean).sort();
  } catch (err) {
    if (!(err instanceof InventoryError)) throw err;
    if (!requested?.length) {
      throw new ScopeError(`cannot list the enabled regions of account ${inventory.account} (${err.describe()}); pass --regions`, err.code, err.message.split('\n')[0]);
    }
  }
  if (!requested?.length) return enabled!;
  if (enabled) {
    const off = requested.filter((r) => !enabled!.includes(r));
    if (off.length) throw new ScopeError(`region ${off.join(', ')} is not enabled for account ${inventory.account} (enabled: ${enabled.join(', ')})`);
  }
  return [...requested];
}
