import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';

/** AWS-shaped DescribeUserPool answers (Cognito API reference: UserPoolType); AWS's defaults for a new pool. */
export const pool = (id: string, over: Partial<UserPoolType> = {}): UserPoolType => ({
  Id: id,
  Name: `pool-${id}`,
  Arn: `arn:aws:cognito-idp:eu-west-1:111122223333:userpool/${id}`,
  MfaConfiguration: 'OFF',
  Policies: { PasswordPolicy: { MinimumLength: 8, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 } },
  ...over,
});
