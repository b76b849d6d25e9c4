/**
 * Resource references for IAM things that have no ARN of their own (the root user has one; the
 * password policy and the account-level support-role verdict do not). One place, so the same
 * resource always gets the same finding id.
 */
import type { ResourceRef } from '../define.js';

export interface AccountScope {
  account: string;
  partition: string;
}

/** The root user: `arn:<partition>:iam::<account>:root`, id as the credential report names it. */
export function rootUserRef(s: AccountScope): ResourceRef {
  return { arn: `arn:${s.partition}:iam::${s.account}:root`, id: '<root_account>' };
}

/** The account password policy (one per account, no ARN in IAM). */
export function passwordPolicyRef(s: AccountScope): ResourceRef {
  return { arn: `arn:${s.partition}:iam::${s.account}:account-password-policy`, id: 'account-password-policy' };
}

/** The account itself, for account-level verdicts (the same ref the engine uses for a scope-wide ERROR). */
export function iamAccountRef(s: AccountScope): ResourceRef {
  return { arn: `arn:${s.partition}:iam::${s.account}:*`, id: `${s.account}/global`, type: 'AWS::::Account' };
}
