import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/result/finding.js';
import { Suppressor, isExpired } from '../../src/engine/suppress.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: '0'.repeat(32), checkId: 'ec2.security-group-admin-ports-restricted', title: 't', status: 'FAIL', muted: false, severity: 'high',
  account: '111122223333', region: 'eu-west-1', resource: { arn: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1', type: 'AWS::EC2::SecurityGroup', id: 'sg-1' },
  message: 'm', srm: { layer: 'network', serviceModel: 'IaaS', owner: 'shared', duty: 'network-access' }, compliance: {}, remediation: { text: 'x', url: 'https://x' }, evidence: {},
  ...over,
});
const now = new Date('2026-11-28T12:00:00Z');
const base = { checkId: 'ec2.security-group-admin-ports-restricted', resource: 'sg-1', reason: 'bastion behind VPN', by: 'secops@acme.example' };

describe('suppressions', () => {
  it('mutes a matching finding with reason, approver and expiry, and counts the match', () => {
    const s = new Suppressor([{ ...base, expires: '2026-12-31' }], now);
    const f = s.apply(finding());
    expect(f).toMatchObject({ muted: true, mute: { reason: 'bastion behind VPN', by: 'secops@acme.example', expires: '2026-12-31' } });
    expect(s.report()).toMatchObject([{ status: 'active', matched: 1 }]);
  });

  it('matches globs on check id and resource ARN, and respects account and region', () => {
    const s = new Suppressor([{ ...base, checkId: 'ec2.*', resource: 'arn:aws:ec2:*:security-group/*', account: '111122223333', region: 'eu-*' }], now);
    expect(s.apply(finding()).muted).toBe(true);
    expect(s.apply(finding({ region: 'us-east-1' })).muted).toBe(false);
    expect(s.apply(finding({ account: '999999999999' })).muted).toBe(false);
  });

  it('an expired suppression no longer mutes, and the finding says which one expired', () => {
    const s = new Suppressor([{ ...base, expires: '2026-11-27' }], now);
    const f = s.apply(finding());
    expect(f.muted).toBe(false);
    expect(f.expiredMute).toMatchObject({ expires: '2026-11-27', reason: 'bastion behind VPN' });
    expect(s.report()).toMatchObject([{ status: 'expired', matched: 1 }]);
  });

  it('applies through the whole expiry day (UTC)', () => {
    expect(isExpired({ ...base, expires: '2026-11-28' }, now)).toBe(false);
    expect(isExpired({ ...base, expires: '2026-11-28' }, new Date('2026-11-29T00:00:00Z'))).toBe(true);
    expect(isExpired(base, now)).toBe(false);
  });

  it('leaves non-matching findings alone', () => {
    const s = new Suppressor([base], now);
    expect(s.apply(finding({ resource: { arn: 'arn:x', type: 'AWS::EC2::SecurityGroup', id: 'sg-2' } }))).toMatchObject({ muted: false });
    expect(s.report()[0]!.matched).toBe(0);
  });

  it('never mutes an ERROR, whatever the pattern: the ERROR stays and the suppression says it covers it', () => {
    const s = new Suppressor([{ ...base, checkId: '*', resource: '*', expires: '2026-12-31' }, { ...base, expires: '2026-12-31' }], now);
    const e = s.apply(finding({ status: 'ERROR', message: 'Could not evaluate: AccessDenied' }));
    expect(e.muted).toBe(false);
    expect(e.mute).toBeUndefined();
    expect(s.apply(finding()).muted).toBe(true);
    expect(s.report()).toMatchObject([{ matched: 1, errorsNotMuted: 1 }, { matched: 0, errorsNotMuted: 1 }]);
  });

  it('an expired suppression covering an ERROR leaves it as it is', () => {
    const s = new Suppressor([{ ...base, expires: '2026-11-27' }], now);
    const e = s.apply(finding({ status: 'ERROR' }));
    expect(e).toMatchObject({ muted: false, status: 'ERROR' });
    expect(e.expiredMute).toBeUndefined();
    expect(s.report()).toMatchObject([{ status: 'expired', matched: 0, errorsNotMuted: 1 }]);
  });
});
