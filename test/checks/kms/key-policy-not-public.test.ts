import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/kms/key-policy-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const kms = mockClient(KMSClient);
beforeEach(() => kms.reset());
const arn = (id: string) => `arn:aws:kms:eu-west-1:111122223333:key/${id}`;
const meta = (KeyId: string, over: object = {}) => ({ KeyMetadata: { KeyId, Arn: arn(KeyId), KeyManager: 'CUSTOMER' as const, KeyState: 'Enabled' as const, ...over } });
const ROOT = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
const policy = (...Statement: object[]) => ({ Policy: JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement }), PolicyName: 'default' });
function key(id: string, p: ReturnType<typeof policy>, over: object = {}) {
  kms.on(DescribeKeyCommand, { KeyId: id }).resolves(meta(id, over));
  kms.on(GetKeyPolicyCommand, { KeyId: id, PolicyName: 'default' }).resolves(p);
}

describe('kms.key-policy-not-public', () => {
  it('FAIL for Principal "*" without a pinning condition, with the statement as evidence; PASS for the default policy and for kms:CallerAccount / aws:PrincipalOrgID pins', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: ['open', 'default', 'caller', 'org'].map((KeyId) => ({ KeyId, KeyArn: arn(KeyId) })) });
    key('open', policy(ROOT, { Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }));
    key('default', policy(ROOT));
    // The shape of AWS managed key policies, used in customer keys too: any principal, through one service, from one account.
    key('caller', policy(ROOT, { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 'ebs.eu-west-1.amazonaws.com' } } }));
    key('org', policy(ROOT, { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'caller' }, evidence: { publicStatements: [] } },
      { status: 'PASS', resource: { id: 'default' } },
      {
        status: 'FAIL',
        resource: { id: 'open', arn: arn('open'), type: 'AWS::KMS::Key' },
        evidence: { publicStatements: [{ Sid: 'Everyone', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['kms:Decrypt', 'kms:DescribeKey'] }] },
        srm: { duty: 'identity-access', serviceModel: 'SaaS' },
      },
      { status: 'PASS', resource: { id: 'org' } },
    ]);
  });

  it('FAIL for a negated or IfExists condition (an absent key passes it); AWS managed keys are not judged and their policy is not asked', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: ['neg', 'aws'].map((KeyId) => ({ KeyId, KeyArn: arn(KeyId) })) });
    key('neg', policy({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*', Condition: { StringNotEquals: { 'kms:CallerAccount': '999999999999' }, StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } } }));
    kms.on(DescribeKeyCommand, { KeyId: 'aws' }).resolves(meta('aws', { KeyManager: 'AWS' }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'FAIL', resource: { id: 'neg' } }]);
    expect(kms.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input.KeyId)).toEqual(['neg']);
  });

  it('ERROR for the one key whose policy is denied or unparseable; the others keep their verdict', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: ['denied', 'broken', 'ok'].map((KeyId) => ({ KeyId, KeyArn: arn(KeyId) })) });
    kms.on(DescribeKeyCommand).callsFake((i: { KeyId: string }) => meta(i.KeyId));
    kms.on(GetKeyPolicyCommand, { KeyId: 'denied' }).rejects(awsError('AccessDeniedException'));
    kms.on(GetKeyPolicyCommand, { KeyId: 'broken' }).resolves({ Policy: 'not json' });
    kms.on(GetKeyPolicyCommand, { KeyId: 'ok' }).resolves(policy(ROOT));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'ERROR', resource: { id: 'broken' }, message: expect.stringContaining('not valid JSON') },
      { status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('kms:GetKeyPolicy') },
      { status: 'PASS', resource: { id: 'ok' } },
    ]);
  });
});
