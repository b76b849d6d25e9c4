import { DescribeSnapshotsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/snapshot-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

describe('ec2.snapshot-encrypted', () => {
  it('PASS when encrypted, FAIL when not, FAIL when the flag is missing (compliance must be shown)', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [
      { SnapshotId: 'snap-enc', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k', VolumeId: 'vol-1', OwnerId: '111122223333' },
      { SnapshotId: 'snap-plain', Encrypted: false, VolumeId: 'vol-2', OwnerId: '111122223333' },
      { SnapshotId: 'snap-unknown', VolumeId: 'vol-3', OwnerId: '111122223333' },
    ] });
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'snap-enc', arn: 'arn:aws:ec2:us-east-1::snapshot/snap-enc' }, srm: { duty: 'data-encryption', serviceModel: 'IaaS' } },
      { status: 'FAIL', resource: { id: 'snap-plain' }, evidence: { Encrypted: false } },
      { status: 'FAIL', resource: { id: 'snap-unknown' }, evidence: { Encrypted: null } },
    ]);
  });

  it('ERROR naming the permission when snapshots cannot be listed', async () => {
    ec2.on(DescribeSnapshotsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSnapshots') }]);
  });
});
