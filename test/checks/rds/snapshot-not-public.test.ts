import {
  DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/rds/snapshot-not-public.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());
const snap = (id: string, SnapshotType = 'manual') => ({ DBSnapshotIdentifier: id, DBSnapshotArn: `arn:aws:rds:eu-west-1:111122223333:snapshot:${id}`, SnapshotType });
const csnap = (id: string, SnapshotType = 'manual') => ({ DBClusterSnapshotIdentifier: id, DBClusterSnapshotArn: `arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:${id}`, SnapshotType });
const attrs = (values: string[]) => ({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: values }] } });

describe('rds.snapshot-not-public', () => {
  it('FAIL when restore includes all, PASS when private or shared with named accounts; automated snapshots are not asked about', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [snap('open'), snap('shared'), snap('auto', 'automated')] });
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'open' }).resolves(attrs(['all']))
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'shared' }).resolves(attrs(['444455556666']));
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [csnap('copen')] });
    rds.on(DescribeDBClusterSnapshotAttributesCommand).resolves({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'copen', type: 'AWS::RDS::DBClusterSnapshot' }, evidence: { restore: ['all'] } },
      { status: 'FAIL', resource: { id: 'open', type: 'AWS::RDS::DBSnapshot' }, evidence: { restore: ['all'] }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'PASS', resource: { id: 'shared' }, evidence: { public: false, sharedWithAccounts: ['444455556666'] } },
    ]);
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(2);
  });

  it('no finding for a snapshot deleted since it was listed', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [snap('gone')] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    rds.on(DescribeDBSnapshotAttributesCommand).rejects(awsError('DBSnapshotNotFound'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toEqual([]);
  });

  it('ERROR for the snapshot whose attributes are denied, naming the permission', async () => {
    rds.on(DescribeDBSnapshotsCommand).resolves({ DBSnapshots: [snap('denied')] });
    rds.on(DescribeDBClusterSnapshotsCommand).resolves({ DBClusterSnapshots: [] });
    rds.on(DescribeDBSnapshotAttributesCommand).rejects(awsError('AccessDenied'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', resource: { id: 'denied' }, message: expect.stringContaining('rds:DescribeDBSnapshotAttributes') }]);
  });
});
