/**
 * The ASFF file as Security Hub's API takes it: every batch of the demo's findings goes through the
 * real SDK (BatchImportFindings) to moto and is read back with GetFindings. The SDK serializes only
 * the members its model knows, so a field that came back missing would be one Security Hub never
 * sees. The imports are writes: test code seeding the emulator, never the scan.
 *
 * moto 5.2 checks little of ASFF (no field limits, no batch size, no ProductArn/account match):
 * those are asserted by the schema and limit tests in test/reports/asff.test.ts.
 */
import { BatchImportFindingsCommand, paginateGetFindings, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { beforeAll, describe, expect, it } from 'vitest';
import { toAsffBatches, type AsffBatch } from '../../reports/asff.js';
import type { ScanResult } from '../../src/result/result.js';
import { demoResult } from '../harness/demo-result.js';
import { seedClient } from '../harness/moto-account.js';

const ACCOUNT = '550000000001';

let batches: AsffBatch[];
beforeAll(async () => {
  // The demo account's findings, moved into this file's own moto account.
  const demo = await demoResult();
  const moved = JSON.parse(JSON.stringify(demo).replaceAll(demo.scan.accounts[0]!, ACCOUNT)) as ScanResult;
  batches = toAsffBatches(moved);
});

const regionOf = (b: AsffBatch) => b.Findings[0]!.ProductArn.split(':')[3]!;

describe('ASFF batches imported through the SDK', () => {
  it('are accepted whole, and every field sent comes back', async () => {
    // The SDK's own type of a BatchImportFindings input: a field of ours it did not model, or of
    // another type, would not compile.
    const typed: AwsSecurityFinding[][] = batches.map((b) => b.Findings);
    const sent = new Map<string, AwsSecurityFinding>();
    const regions = [...new Set(batches.map(regionOf))].sort();
    for (const [i, b] of batches.entries()) {
      const client = seedClient(SecurityHubClient, ACCOUNT, regionOf(b));
      const out = await client.send(new BatchImportFindingsCommand({ Findings: typed[i] }));
      expect(out.FailedFindings ?? []).toEqual([]);
      expect(out.SuccessCount).toBe(b.Findings.length);
      for (const f of b.Findings) sent.set(f.Id, f);
    }
    let received = 0;
    for (const region of regions) {
      // moto answers GetFindings with every finding of the account and region (it applies no filters), by pages.
      const Findings: AwsSecurityFinding[] = [];
      for await (const page of paginateGetFindings({ client: seedClient(SecurityHubClient, ACCOUNT, region) }, {})) Findings.push(...(page.Findings ?? []));
      for (const got of Findings) {
        const mine = sent.get(got.Id!)!;
        expect(mine, got.Id).toBeDefined();
        expect(got.ProductArn!.split(':')[3]).toBe(region);
        expect(got).toMatchObject(mine as unknown as Record<string, unknown>);
      }
      received += Findings.length;
    }
    expect(received).toBe(sent.size);
  });

  it('a second import of the same scan updates, never duplicates (stable Ids)', async () => {
    const b = batches[0]!;
    const client = seedClient(SecurityHubClient, ACCOUNT, regionOf(b));
    const count = async () => {
      let n = 0;
      for await (const page of paginateGetFindings({ client }, {})) n += page.Findings?.length ?? 0;
      return n;
    };
    const before = await count();
    expect(before).toBeGreaterThanOrEqual(b.Findings.length);
    await client.send(new BatchImportFindingsCommand({ Findings: b.Findings }));
    expect(await count()).toBe(before);
  });
});
