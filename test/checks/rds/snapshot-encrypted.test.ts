import { DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotsCommand, RDSClient } from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/snapshot-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());

describe('rds.snapshot-encrypted', () => {
  it('PASS encrypted, FAIL unencrypted, DB and cluster snapshots alike, automated included', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [
      { DBSnapshotIdentifier: 'enc', DBSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:snapshot:enc', Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k', SnapshotType: 'manual' },
      { DBSnapshotIdentifier: 'rds:plain', DBSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:snapshot:rds:plain', Encrypted: false, SnapshotType: 'automated' },
    ] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [{ DBClusterSnapshotIdentifier: 'c', DBClusterSnapshotArn: 'arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:c', StorageEncrypted: false, SnapshotType: 'manual' }] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'c', type: 'AWS::RDS::DBClusterSnapshot' }, evidence: { StorageEncrypted: false } },
      { status: 'PASS', resource: { id: 'enc' }, evidence: { Encrypted: true, KmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k' }, srm: { duty: 'data-encryption' } },
      { status: 'FAIL', resource: { id: 'rds:plain' }, evidence: { Encrypted: false, SnapshotType: 'automated' } },
    ]);
  });

  it('ERROR naming the permission when DescribeDBSnapshots is denied', async () => {
    rds.on(DescribeDBSnapshotsCommand).rejects(awsError('AccessDenied'));
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('rds:DescribeDBSnapshots') }]);
  });
});
