import { describe, expect, it } from 'vitest';
import { Aws, CallStats, ScanLimiter, type CallKey, type Transport } from '../../src/aws/call.js';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError } from '../harness/aws.js';

function fakeTransport(answer: (key: CallKey) => unknown | Promise<unknown>): Transport & { calls: CallKey[] } {
  const calls: CallKey[] = [];
  return { calls, execute: async (key) => { calls.push(key); return answer(key); } };
}

const make = (transport: Transport, limiter = new ScanLimiter()) => {
  const stats = new CallStats();
  const errors: InventoryError[] = [];
  return { aws: new Aws('111122223333', 'aws', { transport, stats, limiter, onError: (e) => errors.push(e) }), stats, errors };
};

describe('the request path', () => {
  it('counts every call per operation and flags repeats of the same input', async () => {
    const { aws, stats } = make(fakeTransport(() => ({ SummaryMap: {} })));
    await aws.send('iam', 'us-east-1', 'GetAccountSummary', {});
    await aws.send('iam', 'us-east-1', 'GetAccountSummary', {});
    expect(stats.total).toBe(2);
    expect(stats.operations()).toEqual({ 'iam:GetAccountSummary': 2 });
    expect(stats.repeated.size).toBe(1);
  });

  it('does not flag declared polling as a repeat', async () => {
    const { aws, stats } = make(fakeTransport(() => ({})));
    await aws.send('iam', 'us-east-1', 'GetAccountSummary', {}, { poll: true });
    await aws.send('iam', 'us-east-1', 'GetAccountSummary', {}, { poll: true });
    expect(stats.repeated.size).toBe(0);
  });

  it('turns declared "not configured" codes into null and everything else into a classified InventoryError', async () => {
    const { aws, errors } = make(fakeTransport(() => { throw awsError('NoSuchEntity'); }));
    expect(await aws.sendOptional('iam', 'us-east-1', 'GetAccountSummary', {}, ['NoSuchEntity'])).toBeNull();
    const denied = make(fakeTransport(() => { throw awsError('AccessDenied'); }));
    const err = await denied.aws.send('iam', 'us-east-1', 'GetAccountSummary', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'denied', operation: 'GetAccountSummary', iamAction: 'iam:GetAccountSummary', region: 'us-east-1' });
    expect(errors).toHaveLength(0);
    expect(denied.errors).toHaveLength(1);
  });

  it('paginates to the end and stops on a repeated token', async () => {
    const pages: Record<string, { VirtualMFADevices: { SerialNumber: string }[]; IsTruncated: boolean; Marker?: string }> = {
      '': { VirtualMFADevices: [{ SerialNumber: 'a' }], IsTruncated: true, Marker: 'm1' },
      m1: { VirtualMFADevices: [{ SerialNumber: 'b' }], IsTruncated: true, Marker: 'm1' },
    };
    const t = fakeTransport((k) => pages[(k.input as { Marker?: string }).Marker ?? '']);
    const { aws } = make(t);
    const items = await aws.paginate('iam', 'us-east-1', 'ListVirtualMFADevices', (Marker) => ({ ...(Marker ? { Marker } : {}) }), (o) => ({ items: o.VirtualMFADevices, next: o.IsTruncated ? o.Marker : undefined }));
    expect(items.map((d) => d.SerialNumber)).toEqual(['a', 'b']);
    expect(t.calls).toHaveLength(2);
  });

  it('refuses an operation that is not in the operations table (and so not in the policy)', async () => {
    const { aws } = make(fakeTransport(() => ({})));
    await expect(aws.send('iam', 'us-east-1', 'DeleteUser', { UserName: 'alice' })).rejects.toThrow(/BUG: iam:DeleteUser is not in src\/aws\/operations.ts/);
  });

  it('keeps at most the service cap of requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const t = fakeTransport(async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return {};
    });
    const { aws } = make(t, new ScanLimiter({ concurrency: 10, serviceCaps: { iam: 3 } }));
    await Promise.all(Array.from({ length: 12 }, () => aws.send('iam', 'us-east-1', 'GetAccountSummary', {})));
    expect(peak).toBe(3);
  });
});
