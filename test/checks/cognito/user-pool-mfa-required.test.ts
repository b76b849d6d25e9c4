import { CognitoIdentityProviderClient, DescribeUserPoolCommand, ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/cognito/user-pool-mfa-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { pool } from './fixtures.js';

const cg = mockClient(CognitoIdentityProviderClient);
beforeEach(() => cg.reset());
const R = { region: 'eu-west-1' };
const seed = () => {
  cg.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-1_a', Name: 'on' }, { Id: 'eu-west-1_b', Name: 'optional' }, { Id: 'eu-west-1_c', Name: 'off' }] });
  cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_a' }).resolves({ UserPool: pool('eu-west-1_a', { MfaConfiguration: 'ON' }) });
  cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_b' }).resolves({ UserPool: pool('eu-west-1_b', { MfaConfiguration: 'OPTIONAL' }) });
  cg.on(DescribeUserPoolCommand, { UserPoolId: 'eu-west-1_c' }).resolves({ UserPool: pool('eu-west-1_c') });
};

describe('cognito.user-pool-mfa-required', () => {
  it('ON PASSes; OPTIONAL and OFF FAIL by default', async () => {
    seed();
    expect(await runCheck(check, R)).toMatchObject([
      { status: 'PASS', resource: { id: 'eu-west-1_a', arn: 'arn:aws:cognito-idp:eu-west-1:111122223333:userpool/eu-west-1_a' }, evidence: { MfaConfiguration: 'ON' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_b' }, message: expect.stringContaining('OPTIONAL'), srm: { duty: 'identity-access', serviceModel: 'SaaS' } },
      { status: 'FAIL', resource: { id: 'eu-west-1_c' }, evidence: { MfaConfiguration: 'OFF' } },
    ]);
  });

  it('allowOptional accepts OPTIONAL, never OFF', async () => {
    seed();
    expect((await runCheck(check, { ...R, options: { allowOptional: true } })).map((f) => f.status)).toEqual(['PASS', 'PASS', 'FAIL']);
  });

  it('ERROR (never FAIL or PASS) for a pool without MfaConfiguration, which AWS always returns', async () => {
    cg.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-1_a' }] });
    cg.on(DescribeUserPoolCommand).resolves({ UserPool: pool('eu-west-1_a', { MfaConfiguration: undefined }) });
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', resource: { id: 'eu-west-1_a' }, message: expect.stringContaining('no MfaConfiguration') }]);
  });

  it('ERROR for the one pool whose DescribeUserPool is denied; ERROR naming the permission when the list is denied', async () => {
    cg.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: 'eu-west-1_a' }] });
    cg.on(DescribeUserPoolCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', resource: { id: 'eu-west-1_a' }, message: expect.stringContaining('cognito-idp:DescribeUserPool') }]);
    cg.reset();
    cg.on(ListUserPoolsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, R)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('cognito-idp:ListUserPools') }]);
  });
});
