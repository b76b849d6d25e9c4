import { describe, expect, it } from 'vitest';
import { iamAccountRef, passwordPolicyRef, rootUserRef } from '../../../src/check/kit/iam-refs.js';

describe('IAM resource refs', () => {
  const s = { account: '111122223333', partition: 'aws-us-gov' };
  it('builds partition-aware refs', () => {
    expect(rootUserRef(s)).toEqual({ arn: 'arn:aws-us-gov:iam::111122223333:root', id: '<root_account>' });
    expect(passwordPolicyRef(s)).toEqual({ arn: 'arn:aws-us-gov:iam::111122223333:account-password-policy', id: 'account-password-policy' });
  });

  it('the account ref equals the engine scope ref of a global IAM check, so ERROR and verdicts share a finding id', () => {
    expect(iamAccountRef(s)).toEqual({ arn: 'arn:aws-us-gov:iam::111122223333:*', id: '111122223333/global', type: 'AWS::::Account' });
  });
});
