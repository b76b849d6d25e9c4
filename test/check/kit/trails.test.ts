import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/check/define.js';
import { trailHomeRegion, trailOwnerAccount } from '../../../src/aws/arn.js';
import { accountTrailsRef, trailSetVerdict } from '../../../src/check/kit/trails.js';

const r = (status: CheckResult['status'], id: string): CheckResult => ({ status, resource: { arn: `arn:aws:cloudtrail:us-east-1:1:trail/${id}`, id }, message: `${id} ${status}` });
const ref = accountTrailsRef({ account: '111122223333', partition: 'aws' });

describe('trail helpers', () => {
  it('finds the home region and owner from the ARN when HomeRegion is absent', () => {
    expect(trailHomeRegion({ TrailARN: 'arn:aws:cloudtrail:eu-west-1:999999999999:trail/org' })).toBe('eu-west-1');
    expect(trailHomeRegion({ HomeRegion: 'us-east-2', TrailARN: 'arn:aws:cloudtrail:eu-west-1:9:trail/x' })).toBe('us-east-2');
    expect(trailOwnerAccount({ TrailARN: 'arn:aws:cloudtrail:eu-west-1:999999999999:trail/org' })).toBe('999999999999');
  });

  it('a set verdict passes on any qualifying trail, errs when an unreadable trail might have, fails otherwise', () => {
    expect(trailSetVerdict(ref, [r('FAIL', 'a'), r('PASS', 'b'), r('ERROR', 'c')], 'qualifies', ['us-east-1'])).toMatchObject({ status: 'PASS', message: 'Trail b qualifies' });
    expect(trailSetVerdict(ref, [r('FAIL', 'a'), r('ERROR', 'c')], 'qualifies', ['us-east-1'])).toMatchObject({ status: 'ERROR' });
    expect(trailSetVerdict(ref, [r('FAIL', 'a')], 'qualifies', ['us-east-1'])).toMatchObject({ status: 'FAIL', evidence: { trails: [{ status: 'FAIL' }] } });
    expect(trailSetVerdict(ref, [], 'qualifies', ['us-east-1', 'eu-west-1'])).toMatchObject({ status: 'FAIL', evidence: { regions: ['us-east-1', 'eu-west-1'] } });
  });
});
