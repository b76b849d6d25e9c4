import { CognitoIdentityProviderClient, DescribeUserPoolCommand, ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cognito/user-pool-threat-protection-enforced.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { pool } from './fixtures.js';

const cg = mockClient(CognitoIdentityProviderClient);
beforeEach(() => cg.reset());
const R = { region: 'eu-west-1' };

describe('cognito.user-pool-threat-protection-enforced', () => {
  it('ENFORCED PASSes; AUDIT, OFF and never set FAIL', async () => {
    cg.on(ListUserPoolsCommand).resolves({ UserPools: ['a', 'b', 'c', 'd'].map((x) => ({ Id: `eu-west-1_${x}` })) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_a' }).resolves({ UserPool: pool('eu-west-1_a', { UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' }, UserPoolTier: 'PLUS' }) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_b' }).resolves({ UserPool: pool('eu-west-1_b', { UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' } }) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_c' }).resolves({ UserPool: pool('eu-west-1_c', { UserPoolAddOns: { AdvancedSecurityMode: 'OFF' } }) });
    cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_d' }).resolves({ UserPool: pool('eu-west-1_d') });
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'eu-west-1_a' }, evidence: { AdvancedSecurityMode: 'ENFORCED', UserPoolTier: 'PLUS' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_b' }, message: expect.stringContaining('AUDIT'), srm: { duty: 'monitoring', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_c' }, evidence: { AdvancedSecurityMode: 'OFF' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_d' }, evidence: { AdvancedSecurityMode: null } },
    ]);
  });

  it('ERROR naming the permission when ListUserPools is denied', async () => {
    cg.on(ListUserPoolsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cognito-idp:ListUserPools') }]);
  });
});
