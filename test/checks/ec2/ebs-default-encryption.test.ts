import { EC2Client, GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/ebs-default-encryption.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.ebs-default-encryption', () => {
  it('PASS when encryption by default is on, naming a stable per-region resource', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true, SseType: 'sse-ebs' });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      {
        status: 'PASS', region: 'eu-west-1',
        resource: { arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:ebs-encryption-by-default`, id: `${ACCOUNT}/eu-west-1`, type: 'AWS::EC2::AccountSettings' },
        evidence: { EbsEncryptionByDefault: true },
        srm: { layer: 'data', serviceModel: 'IaaS', owner: 'customer', duty: 'data-encryption' },
      },
    ]);
  });

  it('FAIL when it is off (the AWS default)', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: false });
    expect(await runCheck(check)).toMatchObject([{ status: 'FAIL', evidence: { EbsEncryptionByDefault: false } }]);
  });

  it('one finding per region, each from its own region', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ EbsEncryptionByDefault: true });
    const findings = await runCheck(check, { regions: ['us-east-1', 'eu-west-1'] });
    expect(findings.map((f) => f.resource.id).sort()).toEqual([`${ACCOUNT}/eu-west-1`, `${ACCOUNT}/us-east-1`]);
    expect(ec2.commandCalls(GetEbsEncryptionByDefaultCommand)).toHaveLength(2);
  });

  it('ERROR naming the permission when denied', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:GetEbsEncryptionByDefault') }]);
  });

  it('ERROR, not FAIL, when the answer lacks the flag', async () => {
    ec2.on(GetEbsEncryptionByDefaultCommand).resolves({});
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', evidence: { code: 'MissingEbsEncryptionByDefault' } }]);
  });
});
