import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../src/inventory/codec.js';
import { REDACTED, redact } from '../../src/inventory/redact.js';
import { loadSnapshot, ReplayTransport, SnapshotError, SnapshotRecorder } from '../../src/inventory/snapshot.js';
import { awsError } from '../harness/aws.js';

const key = { account: '111122223333', service: 'iam' as const, region: 'us-east-1', operation: 'GetCredentialReport', input: {} };

describe('snapshots', () => {
  it('round-trips Dates and byte arrays as the same types', () => {
    const value = { a: new Date('2026-01-02T03:04:05.000Z'), b: new Uint8Array([1, 2, 3]), c: [{ d: new Date(0) }], $metadata: { x: 1 } };
    const back = decode(JSON.parse(JSON.stringify(encode(value)))) as typeof value;
    expect(back.a).toBeInstanceOf(Date);
    expect(back.a.toISOString()).toBe('2026-01-02T03:04:05.000Z');
    expect(back.b).toBeInstanceOf(Uint8Array);
    expect([...back.b]).toEqual([1, 2, 3]);
    expect(back).not.toHaveProperty('$metadata');
  });

  it('records answers and errors, and replays them without the network', async () => {
    const rec = new SnapshotRecorder();
    rec.onResult(key, { Content: new Uint8Array(Buffer.from('user,arn\n')), GeneratedTime: new Date('2026-11-01T00:00:00Z') });
    rec.onError({ ...key, operation: 'GetAccountPasswordPolicy' }, awsError('NoSuchEntity'));
    const snap = rec.snapshot({ tool: { name: 'srm-audit', version: '0' }, recordedAt: '2026-11-01T00:00:00.000Z', accounts: ['111122223333'], regions: ['us-east-1'] });
    const replay = new ReplayTransport(JSON.parse(JSON.stringify(snap)));
    const out = (await replay.execute(key)) as { GeneratedTime: Date };
    expect(out.GeneratedTime).toBeInstanceOf(Date);
    await expect(replay.execute({ ...key, operation: 'GetAccountPasswordPolicy' })).rejects.toMatchObject({ name: 'NoSuchEntity', $metadata: { httpStatusCode: 404 } });
    await expect(replay.execute({ ...key, operation: 'GetAccountSummary' })).rejects.toMatchObject({ name: 'NotRecorded' });
  });

  it('redacts secrets before they are recorded, keeping the shape', () => {
    const out = redact({
      Functions: [{ FunctionName: 'f', Environment: { Variables: { DB_PASSWORD: 'hunter2', API_KEY: 'AKIAIOSFODNN7EXAMPLE', REGION: 'eu-west-1' } } }],
      Reservations: [{ Instances: [{ UserData: 'IyEvYmluL2Jhc2gKZXhwb3J0IFNFQ1JFVD0x' }] }],
      Credentials: { AccessKeyId: 'ASIA...', SecretAccessKey: 'wJalrXUtnFEMI', SessionToken: 'tok' },
      PasswordPolicy: { MinimumPasswordLength: 14 },
      DistributionConfig: { Origins: { Items: [{ Id: 'alb', CustomHeaders: { Quantity: 1, Items: [{ HeaderName: 'X-Origin-Verify', HeaderValue: 'k9-shared-origin-secret' }] } }] } },
      // A Step Functions definition: task parameters often hold a hard-coded key.
      StateMachine: { name: 'm', definition: '{"States":{"Call":{"Parameters":{"Headers":{"x-api-key":"sfn-inline-key"}}}}}' },
    });
    const text = JSON.stringify(out);
    for (const secret of ['hunter2', 'AKIAIOSFODNN7EXAMPLE', 'AKIA', 'eu-west-1', 'IyEvYmluL2Jhc2gK', 'wJalrXUtnFEMI', '"tok"', 'k9-shared-origin-secret', 'sfn-inline-key']) expect(text).not.toContain(secret);
    // Environment values keep what the secret detector found in them, and nothing else (src/lib/secrets.ts).
    expect(out.Functions[0]!.Environment.Variables).toEqual({ DB_PASSWORD: '[REDACTED:secret-name]', API_KEY: '[REDACTED:aws-access-key-id,secret-name]', REGION: REDACTED });
    expect(out.PasswordPolicy.MinimumPasswordLength).toBe(14);
    expect(out.DistributionConfig.Origins.Items[0]!.CustomHeaders.Items[0]).toEqual({ HeaderName: 'X-Origin-Verify', HeaderValue: REDACTED });
    expect(out.StateMachine).toEqual({ name: 'm', definition: REDACTED });
  });

  it('refuses a snapshot of another schema version or kind with one clear sentence', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srm-snap-'));
    const f = join(dir, 's.json');
    await writeFile(f, JSON.stringify({ kind: 'srm-audit-snapshot', schemaVersion: 2, entries: [] }));
    await expect(loadSnapshot(f)).rejects.toThrow(SnapshotError);
    await expect(loadSnapshot(f)).rejects.toThrow(/schemaVersion 2.*reads schemaVersion 1/);
    await writeFile(f, '{"hello":1}');
    await expect(loadSnapshot(f)).rejects.toThrow(/not an srm-audit snapshot/);
    await writeFile(f, 'not json');
    await expect(loadSnapshot(f)).rejects.toThrow(/not valid JSON/);
    await expect(loadSnapshot(join(dir, 'missing.json'))).rejects.toThrow(/cannot read snapshot/);
  });

  it('refuses a snapshot whose account ids are not 12-digit AWS account ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'srm-snap-acct-'));
    const snap = (accounts: unknown[], entryAccount: unknown = '111122223333') => JSON.stringify({ kind: 'srm-audit-snapshot', schemaVersion: 1, tool: { name: 'srm-audit', version: '0' }, recordedAt: '2026-11-01T00:00:00.000Z', accounts, regions: ['us-east-1'], entries: [{ ...key, account: entryAccount, output: {} }] });
    const cases: [string, RegExp][] = [
      [snap(['../../etc']), /"accounts" holds "..\/..\/etc", not a 12-digit AWS account id/],
      [snap(['1234']), /not a 12-digit AWS account id/],
      [snap([123456789012]), /"accounts" holds 123456789012, not a 12-digit/],
      [snap(['111122223333'], 'x\u001b[31m'), /entries\[0\] has account .*not a 12-digit AWS account id/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const f = join(dir, `s${i}.json`);
      await writeFile(f, text);
      await expect(loadSnapshot(f)).rejects.toThrow(SnapshotError);
      await expect(loadSnapshot(f)).rejects.toThrow(message);
    }
    const ok = join(dir, 'ok.json');
    await writeFile(ok, snap(['111122223333'], '?default'));
    await expect(loadSnapshot(ok)).resolves.toMatchObject({ accounts: ['111122223333'] });
  });
});
