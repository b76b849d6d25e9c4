import { describe, expect, it, vi } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { defineCheck, type Check } from '../../src/check/define.js';
import { resolveCheck } from '../../src/check/registry.js';
import type { Finding } from '../../src/result/finding.js';
import { runChecks } from '../../src/engine/runner.js';
import { createTestInventory } from '../harness/aws.js';

const meta = {
  title: 'Things are fine', description: 'd', service: 'ec2', resourceType: 'AWS::EC2::VPC', severity: 'medium', duty: 'logging',
  serviceModel: 'IaaS', remediation: { text: 'fix', url: 'https://docs.aws.amazon.com/' },
} as const;

async function run(check: Check, regions = ['us-east-1', 'eu-west-1']) {
  const findings: Finding[] = [];
  const onBug = vi.fn();
  await runChecks({
    checks: [resolveCheck(check, 'test')],
    targets: [{ account: '111122223333', partition: 'aws', regions, inventory: createTestInventory().inventory }],
    now: new Date('2026-11-28T00:00:00Z'),
    onFinding: (f) => findings.push(f),
    onBug,
  });
  return { findings, onBug };
}

describe('the runner', () => {
  it('runs a regional check once per region and a global one once per account', async () => {
    const seen: string[] = [];
    const regional = defineCheck({ ...meta, id: 'ec2.regional-probe', scope: 'regional', async run({ scope, result }) { seen.push(scope.region); return [result.pass({ arn: `arn:aws:ec2:${scope.region}:111122223333:vpc/vpc-1`, id: 'vpc-1' }, 'ok')]; } });
    const { findings } = await run(regional);
    expect(seen.sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(findings.map((f) => f.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(new Set(findings.map((f) => f.id)).size).toBe(2);
    const global = defineCheck({ ...meta, id: 'ec2.global-probe', scope: 'global', async run({ scope, result }) { return [result.fail({ arn: 'arn:x', id: scope.region }, 'no')]; } });
    expect((await run(global)).findings).toMatchObject([{ region: 'global', status: 'FAIL', srm: { layer: 'operations', owner: 'customer', duty: 'logging', serviceModel: 'IaaS' } }]);
  });

  it('turns an inventory error into one ERROR per scope naming the operation and IAM action', async () => {
    const check = defineCheck({ ...meta, id: 'ec2.denied-probe', scope: 'regional', async run({ scope }) {
      throw new InventoryError({ kind: 'denied', service: 'ec2', operation: 'DescribeFlowLogs', iamAction: 'ec2:DescribeFlowLogs', code: 'UnauthorizedOperation', message: 'no', account: '111122223333', region: scope.region });
    } });
    const { findings } = await run(check, ['us-east-1']);
    expect(findings).toMatchObject([{ status: 'ERROR', resource: { type: 'AWS::::Account', id: '111122223333/us-east-1' }, evidence: { iamAction: 'ec2:DescribeFlowLogs' } }]);
    expect(findings[0]!.message).toContain('ec2:DescribeFlowLogs');
  });

  it('reports a bug in a check as ERROR (never PASS) and tells the caller', async () => {
    const check = defineCheck({ ...meta, id: 'ec2.buggy-probe', scope: 'regional', async run() { throw new TypeError('x is undefined'); } });
    const { findings, onBug } = await run(check, ['us-east-1']);
    expect(findings).toMatchObject([{ status: 'ERROR', evidence: { internalError: true } }]);
    expect(onBug).toHaveBeenCalledOnce();
  });

  it('rejects a malformed result as ERROR', async () => {
    const check = defineCheck({ ...meta, id: 'ec2.malformed-probe', scope: 'regional', async run() { return [{ status: 'OK', resource: { arn: 'a', id: 'b' }, message: 'm' } as never]; } });
    expect((await run(check, ['us-east-1'])).findings).toMatchObject([{ status: 'ERROR' }]);
  });

  it('merges option overrides over the declared defaults', async () => {
    let seen: unknown;
    const check = defineCheck({ ...meta, id: 'ec2.options-probe', scope: 'global', options: { maxAgeDays: 90, ports: [22] }, async run({ options }) { seen = options; return []; } });
    const findings: Finding[] = [];
    await runChecks({ checks: [resolveCheck(check, 't')], targets: [{ account: '111122223333', partition: 'aws', regions: ['us-east-1'], inventory: createTestInventory().inventory }], checkOptions: { 'ec2.options-probe': { maxAgeDays: 30 } }, now: new Date(), onFinding: (f) => findings.push(f) });
    expect(seen).toEqual({ maxAgeDays: 30, ports: [22] });
  });
});

describe('shared settings as check options', () => {
  it('fills allowedRegions into checks that declare it, and a per-check value wins', async () => {
    const { checkOptionsWithSettings } = await import('../../src/check/select.js');
    const residency = resolveCheck(defineCheck({ ...meta, id: 'ec2.residency-probe', scope: 'regional', options: { allowedRegions: [] as string[] }, async run() { return []; } }), 't');
    const other = resolveCheck(defineCheck({ ...meta, id: 'ec2.other-probe', scope: 'regional', options: { maxAgeDays: 1 }, async run() { return []; } }), 't');
    const out = checkOptionsWithSettings([residency, other], { 'ec2.other-probe': { maxAgeDays: 5 } }, { allowedRegions: ['eu-west-1'] });
    expect(out).toEqual({ 'ec2.residency-probe': { allowedRegions: ['eu-west-1'] }, 'ec2.other-probe': { maxAgeDays: 5 } });
    expect(checkOptionsWithSettings([residency], { 'ec2.residency-probe': { allowedRegions: ['us-east-1'] } }, { allowedRegions: ['eu-west-1'] })['ec2.residency-probe']).toEqual({ allowedRegions: ['us-east-1'] });
  });
});
