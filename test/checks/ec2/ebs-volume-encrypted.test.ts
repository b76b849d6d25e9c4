import { DescribeVolumesCommand, EC2Client, type Volume } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/ebs-volume-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { arn } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

const volume = (VolumeId: string, Encrypted: boolean, over: Partial<Volume> = {}): Volume => ({
  VolumeId, Encrypted, Size: 8, VolumeType: 'gp3', State: 'in-use', AvailabilityZone: 'us-east-1a', CreateTime: new Date('2024-01-01T00:00:00Z'), ...over,
});

describe('ec2.ebs-volume-encrypted', () => {
  it('PASS for an encrypted volume (with its key), FAIL for an unencrypted one', async () => {
    const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [volume('vol-0aaa', true, { KmsKeyId: key }), volume('vol-0bbb', false, { State: 'available' })] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'vol-0aaa', arn: arn('volume', 'vol-0aaa'), type: 'AWS::EC2::Volume' }, evidence: { Encrypted: true, KmsKeyId: key } },
      { status: 'FAIL', resource: { id: 'vol-0bbb' }, evidence: { Encrypted: false } },
    ]);
  });

  it('no volumes, no findings', async () => {
    ec2.on(DescribeVolumesCommand).resolves({ Volumes: [] });
    expect(await runCheck(check)).toEqual([]);
  });

  it('ERROR naming the permission when DescribeVolumes is denied', async () => {
    ec2.on(DescribeVolumesCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeVolumes') }]);
  });
});
