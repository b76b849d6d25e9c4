import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, EC2Client, type Snapshot } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/ec2/snapshot-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { ACCOUNT } from './fixtures.js';

const ec2 = mockClient(EC2Client);
beforeEach(() => ec2.reset());

const snap = (SnapshotId: string): Snapshot => ({ SnapshotId, OwnerId: ACCOUNT, VolumeId: 'vol-0aaa', VolumeSize: 8, State: 'completed', Encrypted: false, StartTime: new Date('2024-01-01T00:00:00Z') });
const perms = (SnapshotId: string, CreateVolumePermissions: { Group?: 'all'; UserId?: string }[]) =>
  ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId, Attribute: 'createVolumePermission' }).resolves({ SnapshotId, CreateVolumePermissions });

describe('ec2.snapshot-not-public', () => {
  it("FAIL for group 'all'; PASS for private and account-shared snapshots", async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [snap('snap-0pub'), snap('snap-0priv'), snap('snap-0shared')] });
    perms('snap-0pub', [{ Group: 'all' }]);
    perms('snap-0priv', []);
    perms('snap-0shared', [{ UserId: '444455556666' }]);
    expect(await runCheck(check)).toMatchObject([
      { status: 'PASS', resource: { id: 'snap-0priv', arn: 'arn:aws:ec2:us-east-1::snapshot/snap-0priv', type: 'AWS::EC2::Snapshot' }, evidence: { public: false, sharedWithAccounts: [] } },
      { status: 'FAIL', resource: { id: 'snap-0pub' }, evidence: { CreateVolumePermissions: [{ Group: 'all' }] } },
      { status: 'PASS', resource: { id: 'snap-0shared' }, evidence: { sharedWithAccounts: ['444455556666'] } },
    ]);
    // Only the account's own snapshots are listed.
    expect(ec2.commandCalls(DescribeSnapshotsCommand)[0]!.args[0].input).toMatchObject({ OwnerIds: ['self'] });
  });

  it('EC2 omitting the permission list means no permissions: PASS', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [snap('snap-0a')] });
    ec2.on(DescribeSnapshotAttributeCommand).resolves({ SnapshotId: 'snap-0a' });
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'snap-0a' } }]);
  });

  it('ERROR for the one snapshot whose attribute is denied; the others keep their verdict', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [snap('snap-0a'), snap('snap-0b')] });
    perms('snap-0a', [{ Group: 'all' }]);
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0b' }).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([
      { status: 'FAIL', resource: { id: 'snap-0a' } },
      { status: 'ERROR', resource: { id: 'snap-0b' }, message: expect.stringContaining('ec2:DescribeSnapshotAttribute'), evidence: { iamAction: 'ec2:DescribeSnapshotAttribute' } },
    ]);
  });

  it('a snapshot deleted between the list and the attribute call is no longer judged', async () => {
    ec2.on(DescribeSnapshotsCommand).resolves({ Snapshots: [snap('snap-0gone'), snap('snap-0a')] });
    perms('snap-0a', []);
    ec2.on(DescribeSnapshotAttributeCommand, { SnapshotId: 'snap-0gone' }).rejects(awsError('InvalidSnapshot.NotFound'));
    expect(await runCheck(check)).toMatchObject([{ status: 'PASS', resource: { id: 'snap-0a' } }]);
  });

  it('ERROR for the scope when DescribeSnapshots is denied', async () => {
    ec2.on(DescribeSnapshotsCommand).rejects(awsError('UnauthorizedOperation'));
    expect(await runCheck(check)).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('ec2:DescribeSnapshots') }]);
  });
});
