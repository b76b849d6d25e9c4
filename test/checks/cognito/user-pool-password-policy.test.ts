import { CognitoIdentityProviderClient, DescribeUserPoolCommand, ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cognito/user-pool-password-policy.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { pool } from './fixtures.js';

const cg = mockClient(CognitoIdentityProviderClient);
beforeEach(() => cg.reset());
const R = { region: 'eu-west-1' };
const strong = { MinimumLength: 14, RequireUppercase: true, RequireLowercase: true, RequireNumbers: true, RequireSymbols: true, TemporaryPasswordValidityDays: 7 };

describe('cognito.user-pool-password-policy', () => {
  it('PASS for a strong policy; FAIL naming each shortfall (AWS\'s default of 8 characters included); ERROR without a policy', async () => {
    cg.on(ListUserPoolsCommand).resolves({ UserPools: ['a', 'b', 'c', 'd'].map((x) => ({ Id: `eu-west-1_${x}` })) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_a' }).resolves({ UserPool: pool('eu-west-1_a', { Policies: { PasswordPolicy: strong } }) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_b' }).resolves({ UserPool: pool('eu-west-1_b') });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_c' }).resolves({ UserPool: pool('eu-west-1_c', { Policies: { PasswordPolicy: { ...strong, RequireSymbols: false, TemporaryPasswordValidityDays: 30 } } }) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_d' }).resolves({ UserPool: pool('eu-west-1_d', { Policies: undefined }) });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'eu-west-1_a' }, evidence: { MinimumLength: 14, minLength: 14 } },
      { status: 'FAIL', resource: { id: 'eu-west-1_b' }, message: expect.stringContaining('MinimumLength 8 < 14'), srm: { duty: 'identity-access' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_c' }, message: expect.stringMatching(/symbols not required.*TemporaryPasswordValidityDays 30 > 7/) },
      { status: 'ERROR', resource: { id: 'eu-west-1_d' }, message: expect.stringContaining('PasswordPolicy') },
    ]);
  });

  it('minLength is tunable', async () => {
    cg.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-1_b' }] });
    cg.on(DescribeUserPoolCommand).resolves({ UserPool: pool('eu-west-1_b') });
    expect(await runCheck(check, { ...R, options: { minLength: 8 } })).toMatchObject([{ status: 'PASS' }]);
  });

  it('ERROR naming the permission when ListUserPools is denied', async () => {
    cg.on(ListUserPoolsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cognito-idp:ListUserPools') }]);
  });
});
