import {
  DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, DescribeDBClustersCommand, DescribeDBInstancesCommand,
  DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient,
} from '@aws-sdk/client-rds';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { awsError, createTestInventory } from '../harness/aws.js';

const rds = mockClient(RDSClient);
beforeEach(() => rds.reset());
const R = 'eu-west-1';

const LISTS = [
  { name: 'dbInstances', cmd: DescribeDBInstancesCommand, key: 'DBInstances', item: (n: number) => ({ DBInstanceIdentifier: `db-${n}` }), iamAction: 'rds:DescribeDBInstances' },
  { name: 'dbClusters', cmd: DescribeDBClustersCommand, key: 'DBClusters', item: (n: number) => ({ DBClusterIdentifier: `c-${n}` }), iamAction: 'rds:DescribeDBClusters' },
  { name: 'dbSnapshots', cmd: DescribeDBSnapshotsCommand, key: 'DBSnapshots', item: (n: number) => ({ DBSnapshotIdentifier: `s-${n}` }), iamAction: 'rds:DescribeDBSnapshots' },
  { name: 'dbClusterSnapshots', cmd: DescribeDBClusterSnapshotsCommand, key: 'DBClusterSnapshots', item: (n: number) => ({ DBClusterSnapshotIdentifier: `cs-${n}` }), iamAction: 'rds:DescribeDBClusterSnapshots' },
] as const;

type ListName = (typeof LISTS)[number]['name'];
const callList = (inv: ReturnType<typeof createTestInventory>['inventory'], name: ListName) => (inv.rds[name] as (r: string) => Promise<unknown[]>)(R);

describe('rds inventory: paginated lists', () => {
  for (const l of LISTS) {
    describe(l.name, () => {
      it('follows Marker pages of 100, once under concurrent callers', async () => {
        rds.on(l.cmd as never).callsFake((input: { Marker?: string }) => (input.Marker ? { [l.key]: [l.item(2)] } : { [l.key]: [l.item(1)], Marker: 'm' }));
        const { inventory } = createTestInventory();
        const [items] = await Promise.all([callList(inventory, l.name), callList(inventory, l.name)]);
        expect(items).toEqual([l.item(1), l.item(2)]);
        const calls = rds.commandCalls(l.cmd as never);
        expect(calls).toHaveLength(2);
        expect(calls[0]!.args[0].input).toEqual({ MaxRecords: 100 });
      });

      it('denied -> InventoryError carrying the IAM action', async () => {
        rds.on(l.cmd as never).rejects(awsError('AccessDenied'));
        const { inventory } = createTestInventory();
        const err = await callList(inventory, l.name).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(InventoryError);
        expect(err).toMatchObject({ kind: 'denied', iamAction: l.iamAction, region: R });
      });
    });
  }
});

describe('rds inventory: snapshot restore attributes', () => {
  it('returns the restore values ([] when private); null when the snapshot is gone', async () => {
    rds.on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'pub' }).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] } })
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'priv' }).resolves({ DBSnapshotAttributesResult: { DBSnapshotAttributes: [{ AttributeName: 'restore' }] } })
      .on(DescribeDBSnapshotAttributesCommand, { DBSnapshotIdentifier: 'gone' }).rejects(awsError('DBSnapshotNotFound'));
    rds.on(DescribeDBClusterSnapshotAttributesCommand, { DBClusterSnapshotIdentifier: 'cpub' }).resolves({ DBClusterSnapshotAttributesResult: { DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all', '444455556666'] }] } })
      .on(DescribeDBClusterSnapshotAttributesCommand, { DBClusterSnapshotIdentifier: 'cgone' }).rejects(awsError('DBClusterSnapshotNotFoundFault'));
    const { inventory } = createTestInventory();
    expect(await inventory.rds.dbSnapshotRestoreAttribute(R, 'pub')).toEqual(['all']);
    expect(await inventory.rds.dbSnapshotRestoreAttribute(R, 'priv')).toEqual([]);
    expect(await inventory.rds.dbSnapshotRestoreAttribute(R, 'gone')).toBeNull();
    expect(await inventory.rds.dbClusterSnapshotRestoreAttribute(R, 'cpub')).toEqual(['all', '444455556666']);
    expect(await inventory.rds.dbClusterSnapshotRestoreAttribute(R, 'cgone')).toBeNull();
    await inventory.rds.dbSnapshotRestoreAttribute(R, 'pub');
    expect(rds.commandCalls(DescribeDBSnapshotAttributesCommand)).toHaveLength(3);
  });

  it('denied -> InventoryError carrying the IAM action', async () => {
    rds.on(DescribeDBSnapshotAttributesCommand).rejects(awsError('AccessDenied'));
    rds.on(DescribeDBClusterSnapshotAttributesCommand).rejects(awsError('AccessDenied'));
    const { inventory } = createTestInventory();
    await expect(inventory.rds.dbSnapshotRestoreAttribute(R, 's')).rejects.toMatchObject({ kind: 'denied', iamAction: 'rds:DescribeDBSnapshotAttributes' });
    await expect(inventory.rds.dbClusterSnapshotRestoreAttribute(R, 's')).rejects.toMatchObject({ kind: 'denied', iamAction: 'rds:DescribeDBClusterSnapshotAttributes' });
  });
});
