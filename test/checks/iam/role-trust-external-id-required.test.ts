import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/iam/role-trust-external-id-required.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT, roleArn, roleDetail, urlEncoded } from './fixtures.js';

const iam = mockClient(IAMClient);
beforeEach(() => iam.reset());

const trust = (...Statement: object[]) => urlEncoded({ Version: '2012-10-17', Statement });
const roles = (...RoleDetailList: object[]) => iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [], GroupDetailList: [], RoleDetailList, Policies: [], IsTruncated: false });
const assume = (AWS: string | string[], Condition?: object) => ({ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole', ...(Condition ? { Condition } : {}) });
const PARTNER = '444455556666';

describe('iam.role-trust-external-id-required', () => {
  it('FAIL for another account trusted without sts:ExternalId; PASS with it, for the own account and for services', async () => {
    roles(
      roleDetail('vendor', { AssumeRolePolicyDocument: trust({ Sid: 'Vendor', ...assume(`arn:aws:iam::${PARTNER}:root`) }) }),
      roleDetail('vendor-ok', { AssumeRolePolicyDocument: trust(assume(PARTNER, { StringEquals: { 'sts:ExternalId': 'f3a1-7c' } })) }),
      roleDetail('own', { AssumeRolePolicyDocument: trust(assume([`arn:aws:iam::${ACCOUNT}:root`, `arn:aws:iam::${ACCOUNT}:role/ci`])) }),
      roleDetail('ec2'),
    );
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'ec2' }, evidence: { externalAccounts: [], statementsWithoutExternalId: [] } },
      { status: 'PASS', resource: { id: 'own' }, evidence: { externalAccounts: [] } },
      {
        status: 'FAIL',
        resource: { arn: roleArn('vendor'), id: 'vendor', type: 'AWS::IAM::Role' },
        evidence: { externalAccounts: [PARTNER], statementsWithoutExternalId: [{ Sid: 'Vendor', Principal: { AWS: [`arn:aws:iam::${PARTNER}:root`] }, Action: ['sts:AssumeRole'] }] },
      },
      { status: 'PASS', resource: { id: 'vendor-ok' }, evidence: { externalAccounts: [PARTNER], statementsWithoutExternalId: [] } },
    ]);
  });

  it('does not accept an ExternalId condition that any value meets (IfExists, negated, bare wildcard); reads role and session ARNs', async () => {
    roles(
      roleDetail('if-exists', { AssumeRolePolicyDocument: trust(assume(PARTNER, { StringEqualsIfExists: { 'sts:ExternalId': 'x' } })) }),
      roleDetail('negated', { AssumeRolePolicyDocument: trust(assume(PARTNER, { StringNotEquals: { 'sts:ExternalId': 'x' } })) }),
      roleDetail('wild', { AssumeRolePolicyDocument: trust(assume(PARTNER, { StringLike: { 'sts:ExternalId': '*' } })) }),
      roleDetail('session', { AssumeRolePolicyDocument: trust(assume(`arn:aws:sts::${PARTNER}:assumed-role/deployer/s1`)) }),
      roleDetail('like', { AssumeRolePolicyDocument: trust(assume(`arn:aws:iam::${PARTNER}:role/scanner`, { StringLike: { 'sts:ExternalId': 'acme-*' } })) }),
    );
    expect((await runCheck(check)).map((f) => [f.resource.id, f.status])).toEqual([
      ['if-exists', 'FAIL'], ['like', 'PASS'], ['negated', 'FAIL'], ['session', 'FAIL'], ['wild', 'FAIL'],
    ]);
  });

  it('honours trustedAccounts (accounts of the organization the user lists); ignores deleted principals (unique ids) and wildcards (iam.role-trust-not-public)', async () => {
    roles(
      roleDetail('sibling', { AssumeRolePolicyDocument: trust(assume('777788889999')) }),
      roleDetail('orphan', { AssumeRolePolicyDocument: trust(assume('AROAEXAMPLEDELETED1')) }),
      roleDetail('public', { AssumeRolePolicyDocument: trust({ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }) }),
    );
    expect((await runCheck(check)).map((f) => [f.resource.id, f.status])).toEqual([['orphan', 'PASS'], ['public', 'PASS'], ['sibling', 'FAIL']]);
    expect(await runCheck(check, { options: { trustedAccounts: ['777788889999'] } })).toMatchObject([{}, {}, { status: 'PASS', resource: { id: 'sibling' }, evidence: { externalAccounts: [], trustedAccounts: ['777788889999'] } }]);
  });

  it('ERROR for a role whose trust policy cannot be parsed; ERROR naming the permission when denied', async () => {
    roles(roleDetail('broken', { AssumeRolePolicyDocument: encodeURIComponent('{"Statement": 1') }));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', resource: { id: 'broken' } }]);
    iam.reset();
    iam.on(GetAccountAuthorizationDetailsCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('iam:GetAccountAuthorizationDetails') }]);
  });
});
