/**
 * Storage depth against moto: ECR repositories holding classified images (customer managed key)
 * and EFS access points, automatic backups and mount target placement, through the real request path.
 *
 * Where moto differs from AWS (moto 5.2):
 * - ECR invents a KMS key ARN when a repository asks for KMS without naming a key (AWS names the
 *   AWS managed key aws/ecr, which fails the check); DescribeKey of that invented key fails, so such
 *   a repository is ERROR against moto ('unnamed-key'). 'payments' names a key the test creates.
 * - EFS has no PutBackupPolicy; CreateFileSystem with Backup true gives a file system an ENABLED
 *   backup policy, as in AWS.
 */
import { CreateRepositoryCommand, ECRClient } from '@aws-sdk/client-ecr';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client, ModifySubnetAttributeCommand } from '@aws-sdk/client-ec2';
import { CreateAccessPointCommand, CreateFileSystemCommand, CreateMountTargetCommand, EFSClient } from '@aws-sdk/client-efs';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeAll, describe, expect, it } from 'vitest';
import ecrCmk from '../../../checks/ecr/repository-cmk-encrypted.js';
import posixUser from '../../../checks/efs/access-point-posix-user.js';
import rootDirectory from '../../../checks/efs/access-point-root-directory.js';
import backups from '../../../checks/efs/automatic-backups-enabled.js';
import mountTargets from '../../../checks/efs/mount-targets-in-private-subnets.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '510000000002';
const REGION = 'eu-west-1';
let cmkArn = '';
let fsBackedUp = '';
let fsBare = '';
const ap: Record<string, string> = {};

beforeAll(async () => {
  cmkArn = (await seedClient(KMSClient, ACCOUNT, REGION).send(new CreateKeyCommand({ Description: 'payments images' }))).KeyMetadata!.Arn!;
  const ecr = seedClient(ECRClient, ACCOUNT, REGION);
  const classified = [{ Key: 'data-classification', Value: 'confidential' }];
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'payments', encryptionConfiguration: { encryptionType: 'KMS', kmsKey: cmkArn }, tags: classified }));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'ledger', tags: classified }));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'unnamed-key', encryptionConfiguration: { encryptionType: 'KMS' }, tags: classified }));
  await ecr.send(new CreateRepositoryCommand({ repositoryName: 'website', tags: [{ Key: 'data-classification', Value: 'public' }] }));

  const efs = seedClient(EFSClient, ACCOUNT, REGION);
  fsBackedUp = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'shared', Encrypted: true, Backup: true }))).FileSystemId!;
  fsBare = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'scratch' }))).FileSystemId!;
  ap.app = (await efs.send(new CreateAccessPointCommand({ FileSystemId: fsBackedUp, ClientToken: 'app', PosixUser: { Uid: 1001, Gid: 1001 }, RootDirectory: { Path: '/app' } }))).AccessPointId!;
  ap.open = (await efs.send(new CreateAccessPointCommand({ FileSystemId: fsBackedUp, ClientToken: 'open' }))).AccessPointId!;
  // Mount targets: the shared file system in a private subnet, scratch in one that maps public IPs.
  const ec2 = seedClient(EC2Client, ACCOUNT, REGION);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.51.0.0/16' }))).Vpc!.VpcId!;
  const privateSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.51.1.0/24', AvailabilityZone: `${REGION}a` }))).Subnet!.SubnetId!;
  const publicSubnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.51.2.0/24', AvailabilityZone: `${REGION}b` }))).Subnet!.SubnetId!;
  await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: publicSubnet, MapPublicIpOnLaunch: { Value: true } }));
  await efs.send(new CreateMountTargetCommand({ FileSystemId: fsBackedUp, SubnetId: privateSubnet }));
  await efs.send(new CreateMountTargetCommand({ FileSystemId: fsBare, SubnetId: publicSubnet }));
  ap.root = (await efs.send(new CreateAccessPointCommand({ FileSystemId: fsBare, ClientToken: 'root', PosixUser: { Uid: 0, Gid: 0 }, RootDirectory: { Path: '/ops' } }))).AccessPointId!;
});

describe('ECR and EFS depth against moto', () => {
  it('judges classified repositories, every access point and every file system, each operation asked once per input', async () => {
    const { inventory, stats, errors } = motoInventory(ACCOUNT);
    const status = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

    // moto invents the key of 'unnamed-key' and cannot describe it: ERROR, never PASS (AWS: aws/ecr, FAIL).
    expect(await status(ecrCmk)).toEqual({ payments: 'PASS', ledger: 'FAIL', 'unnamed-key': 'ERROR' });
    expect(await status(rootDirectory)).toEqual({ [ap.app!]: 'PASS', [ap.open!]: 'FAIL', [ap.root!]: 'PASS' });
    expect(await status(posixUser)).toEqual({ [ap.app!]: 'PASS', [ap.open!]: 'FAIL', [ap.root!]: 'FAIL' });
    expect(await status(backups)).toEqual({ [fsBackedUp]: 'PASS', [fsBare]: 'FAIL' });
    expect(await status(mountTargets)).toEqual({ [fsBackedUp]: 'PASS', [fsBare]: 'FAIL' });

    expect(errors.map((e) => `${e.service}:${e.operation}`)).toEqual(['kms:DescribeKey']);
    expect(stats.repeated.size).toBe(0);
    expect(stats.byOperation.get('ecr:ListTagsForResource')).toBe(4);
    expect(stats.byOperation.get('kms:DescribeKey')).toBe(2);
    // one DescribeAccessPoints per file system, shared by both access point checks
    expect(stats.byOperation.get('efs:DescribeAccessPoints')).toBe(2);
    expect(stats.byOperation.get('efs:DescribeBackupPolicy')).toBe(2);
    expect(stats.byOperation.get('efs:DescribeMountTargets')).toBe(2);
    expect(stats.byOperation.get('ec2:DescribeSubnets')).toBe(1);
  });

  it('evidence carries the deciding AWS fields', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const byId = async (check: Check<never> | Check) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f]));
    expect((await byId(ecrCmk)).payments).toMatchObject({ resource: { arn: `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/payments` }, evidence: { encryptionType: 'KMS', kmsKey: cmkArn, KeyManager: 'CUSTOMER' } });
    expect((await byId(ecrCmk)).ledger).toMatchObject({ evidence: { 'data-classification': 'confidential', encryptionType: 'AES256' } });
    expect((await byId(rootDirectory))[ap.open!]).toMatchObject({ resource: { arn: expect.stringContaining(`:access-point/${ap.open}`) }, evidence: { FileSystemId: fsBackedUp, RootDirectoryPath: '/' } });
    expect((await byId(posixUser))[ap.root!]).toMatchObject({ evidence: { Uid: 0, Gid: 0 } });
    expect((await byId(backups))[fsBare]).toMatchObject({ evidence: { BackupPolicyStatus: null } });
    expect((await byId(mountTargets))[fsBare]).toMatchObject({ evidence: { mountTargets: [{ MapPublicIpOnLaunch: true }] } });
  });
});
