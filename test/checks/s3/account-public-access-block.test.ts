import { GetPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/s3/account-public-access-block.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const s3c = mockClient(S3ControlClient);
beforeEach(() => s3c.reset());

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

describe('s3.account-public-access-block', () => {
  it('PASS when all four account settings are on', async () => {
    s3c.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: ALL });
    expect(await runCheck(check)).toMatchObject([
      {
        status: 'PASS',
        region: 'global',
        resource: { id: '111122223333', type: 'AWS::S3::AccountPublicAccessBlock', arn: 'arn:aws:s3::111122223333:public-access-block' },
        srm: { layer: 'identity', serviceModel: 'SaaS', owner: 'shared', duty: 'identity-access' },
        evidence: { PublicAccessBlockConfiguration: ALL },
      },
    ]);
    expect(s3c.commandCalls(GetPublicAccessBlockCommand)[0]!.args[0].input).toEqual({ AccountId: '111122223333' });
  });

  it('FAIL naming the settings that are off', async () => {
    s3c.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { ...ALL, RestrictPublicBuckets: false, BlockPublicPolicy: false } });
    const [f] = await runCheck(check);
    expect(f).toMatchObject({ status: 'FAIL', evidence: { PublicAccessBlockConfiguration: { RestrictPublicBuckets: false, BlockPublicPolicy: false, BlockPublicAcls: true } } });
    expect(f!.message).toMatch(/BlockPublicPolicy.*RestrictPublicBuckets/);
  });

  it('FAIL when the account was never configured (NoSuchPublicAccessBlockConfiguration)', async () => {
    s3c.on(GetPublicAccessBlockCommand).rejects(awsError('NoSuchPublicAccessBlockConfiguration'));
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { PublicAccessBlockConfiguration: null } }]);
  });

  it('ERROR naming s3:GetAccountPublicAccessBlock when denied', async () => {
    s3c.on(GetPublicAccessBlockCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('s3:GetAccountPublicAccessBlock') }]);
  });
});
