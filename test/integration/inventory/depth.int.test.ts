import {
  AuthorizeSecurityGroupIngressCommand, CreateLaunchTemplateCommand, CreateLaunchTemplateVersionCommand, CreateSecurityGroupCommand, CreateSubnetCommand, CreateVpcCommand,
  EC2Client, RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import {
  CreateDBClusterCommand, CreateDBClusterSnapshotCommand, CreateDBInstanceCommand, CreateDBSnapshotCommand, ModifyDBClusterSnapshotAttributeCommand,
  ModifyDBSnapshotAttributeCommand, RDSClient,
} from '@aws-sdk/client-rds';
import {
  CreateBucketCommand, PutBucketEncryptionCommand, PutBucketOwnershipControlsCommand, PutBucketTaggingCommand, PutBucketVersioningCommand,
  PutObjectLockConfigurationCommand, S3Client,
} from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Check } from '../../../src/check/define.js';
import defaultVpc from '../../../checks/ec2/default-vpc-unused.js';
import publicIp from '../../../checks/ec2/instance-no-public-ip.js';
import ltImdsv2 from '../../../checks/ec2/launch-template-imdsv2-required.js';
import sgAttached from '../../../checks/ec2/security-group-attached.js';
import sgBroad from '../../../checks/ec2/security-group-no-broad-ingress.js';
import backups from '../../../checks/rds/instance-backups-retained.js';
import deletion from '../../../checks/rds/instance-deletion-protection.js';
import iamAuth from '../../../checks/rds/instance-iam-authentication.js';
import logExports from '../../../checks/rds/instance-log-exports-enabled.js';
import multiAz from '../../../checks/rds/instance-multi-az.js';
import snapEncrypted from '../../../checks/rds/snapshot-encrypted.js';
import snapPublic from '../../../checks/rds/snapshot-not-public.js';
import aclsDisabled from '../../../checks/s3/bucket-acls-disabled.js';
import versioning from '../../../checks/s3/bucket-versioning-enabled.js';
import classifiedKms from '../../../checks/s3/classified-bucket-kms-encrypted.js';
import evidenceLock from '../../../checks/s3/evidence-bucket-object-lock.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const RDS_ACCOUNT = '390000000001';
const S3_ACCOUNT = '390000000002';
const EC2_ACCOUNT = '390000000003';
const REGION = 'eu-west-1';

type Inv = ReturnType<typeof motoInventory>['inventory'];
const statuses = async (check: Check, inventory: Inv, account: string, region = REGION) =>
  Object.fromEntries((await runCheck(check, { region, inventory, account })).map((f) => [f.resource.id, f.status]));

const ids: Record<string, string> = {};

beforeAll(async () => {
  // --- RDS
  const rds = seedClient(RDSClient, RDS_ACCOUNT, REGION);
  const base = { DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'admin1' } as const;
  await rds.send(new CreateDBInstanceCommand({
    ...base, DBInstanceIdentifier: 'orders', Engine: 'postgres', MasterUserPassword: 'not-a-real-secret-1', StorageEncrypted: true, BackupRetentionPeriod: 14,
    DeletionProtection: true, EnableIAMDatabaseAuthentication: true, EnableCloudwatchLogsExports: ['postgresql'], MultiAZ: true, Tags: [{ Key: 'environment', Value: 'production' }],
  }));
  await rds.send(new CreateDBInstanceCommand({
    ...base, DBInstanceIdentifier: 'legacy', Engine: 'mysql', MasterUserPassword: 'not-a-real-secret-2', StorageEncrypted: false, BackupRetentionPeriod: 1,
    DeletionProtection: false, MultiAZ: false, Tags: [{ Key: 'environment', Value: 'prod' }],
  }));
  await rds.send(new CreateDBInstanceCommand({ ...base, DBInstanceIdentifier: 'erp', Engine: 'oracle-ee', MasterUserPassword: 'not-a-real-secret-3', BackupRetentionPeriod: 7 }));
  await rds.send(new CreateDBClusterCommand({
    DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-4', StorageEncrypted: true,
    BackupRetentionPeriod: 10, DeletionProtection: true, EnableIAMDatabaseAuthentication: true, EnableCloudwatchLogsExports: ['postgresql'],
  }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'ledger-1', DBClusterIdentifier: 'ledger', Engine: 'aurora-postgresql', DBInstanceClass: 'db.r6g.large' }));
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'legacy', DBSnapshotIdentifier: 'legacy-open' }));
  await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'legacy-open', AttributeName: 'restore', ValuesToAdd: ['all'] }));
  await rds.send(new CreateDBSnapshotCommand({ DBInstanceIdentifier: 'orders', DBSnapshotIdentifier: 'orders-shared' }));
  await rds.send(new ModifyDBSnapshotAttributeCommand({ DBSnapshotIdentifier: 'orders-shared', AttributeName: 'restore', ValuesToAdd: ['390000000009'] }));
  await rds.send(new CreateDBClusterSnapshotCommand({ DBClusterIdentifier: 'ledger', DBClusterSnapshotIdentifier: 'ledger-open' }));
  await rds.send(new ModifyDBClusterSnapshotAttributeCommand({ DBClusterSnapshotIdentifier: 'ledger-open', AttributeName: 'restore', ValuesToAdd: ['all'] }));

  // --- S3
  const s3 = seedClient(S3Client, S3_ACCOUNT, 'us-east-1');
  for (const Bucket of ['dd-versioned', 'dd-plain', 'dd-confidential-kms', 'dd-confidential-s3']) await s3.send(new CreateBucketCommand({ Bucket }));
  await s3.send(new CreateBucketCommand({ Bucket: 'dd-evidence-locked', ObjectLockEnabledForBucket: true }));
  await s3.send(new CreateBucketCommand({ Bucket: 'dd-evidence-open' }));
  await s3.send(new PutBucketVersioningCommand({ Bucket: 'dd-versioned', VersioningConfiguration: { Status: 'Enabled' } }));
  await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'dd-versioned', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } }));
  await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'dd-plain', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
  for (const Bucket of ['dd-confidential-kms', 'dd-confidential-s3']) await s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'data-classification', Value: 'confidential' }] } }));
  await s3.send(new PutBucketEncryptionCommand({ Bucket: 'dd-confidential-kms', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/data' } }] } }));
  await s3.send(new PutBucketEncryptionCommand({ Bucket: 'dd-confidential-s3', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }));
  for (const Bucket of ['dd-evidence-locked', 'dd-evidence-open']) await s3.send(new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'purpose', Value: 'evidence' }] } }));
  await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'dd-evidence-locked', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 400 } } } }));

  // --- EC2
  const ec2 = seedClient(EC2Client, EC2_ACCOUNT, REGION);
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.40.0.0/16' }))).Vpc!.VpcId!;
  const subnet = (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: '10.40.1.0/24' }))).Subnet!.SubnetId!;
  ids.used = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'app', Description: 'app', VpcId: vpc }))).GroupId!;
  ids.idle = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'idle', Description: 'idle', VpcId: vpc }))).GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.idle, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 8000, ToPort: 9000, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.used, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  ids.private = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, SubnetId: subnet, SecurityGroupIds: [ids.used] }))).Instances![0]!.InstanceId!;
  ids.inDefault = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1 }))).Instances![0]!.InstanceId!;
  ids.ltGood = (await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'good', LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'required' } } }))).LaunchTemplate!.LaunchTemplateId!;
  ids.ltDrift = (await ec2.send(new CreateLaunchTemplateCommand({ LaunchTemplateName: 'drift', LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'required' } } }))).LaunchTemplate!.LaunchTemplateId!;
  await ec2.send(new CreateLaunchTemplateVersionCommand({ LaunchTemplateId: ids.ltDrift, LaunchTemplateData: { ImageId: 'ami-12c6146b', MetadataOptions: { HttpTokens: 'optional' } } }));
});

describe('RDS, S3 and EC2 depth against moto', () => {
  it('RDS: instance settings (Aurora from its cluster), snapshots public and unencrypted; one call per data set', async () => {
    const { inventory, stats } = motoInventory(RDS_ACCOUNT);
    const st = (c: Check) => statuses(c, inventory, RDS_ACCOUNT);
    expect(await st(backups)).toEqual({ orders: 'PASS', legacy: 'FAIL', erp: 'PASS', 'ledger-1': 'PASS' });
    expect(await st(deletion)).toEqual({ orders: 'PASS', legacy: 'FAIL', erp: 'FAIL', 'ledger-1': 'PASS' });
    // Oracle does not support IAM database authentication: not judged.
    expect(await st(iamAuth)).toEqual({ orders: 'PASS', legacy: 'FAIL', 'ledger-1': 'PASS' });
    expect(await st(logExports)).toEqual({ orders: 'PASS', legacy: 'FAIL', erp: 'FAIL', 'ledger-1': 'PASS' });
    // Only production-tagged instances are judged.
    expect(await st(multiAz)).toEqual({ orders: 'PASS', legacy: 'FAIL' });
    expect(await st(snapPublic)).toEqual({ 'legacy-open': 'FAIL', 'orders-shared': 'PASS', 'ledger-open': 'FAIL' });
    // moto takes automated snapshots (rds:<id>-<date>) of every instance: their verdicts follow the instance's encryption.
    const enc = await st(snapEncrypted);
    expect(Object.fromEntries(Object.entries(enc).filter(([id]) => !id.startsWith('rds:')))).toEqual({ 'legacy-open': 'FAIL', 'orders-shared': 'PASS', 'ledger-open': 'PASS' });
    expect(Object.entries(enc).filter(([id]) => id.startsWith('rds:legacy-')).map(([, v]) => v)).toEqual(['FAIL']);
    for (const op of ['DescribeDBInstances', 'DescribeDBClusters', 'DescribeDBSnapshots', 'DescribeDBClusterSnapshots']) expect(stats.byOperation.get(`rds:${op}`)).toBe(1);
  });

  it('S3: versioning, Object Ownership, SSE-KMS for classified buckets, Object Lock for evidence buckets', async () => {
    const { inventory } = motoInventory(S3_ACCOUNT);
    const st = (c: Check) => statuses(c, inventory, S3_ACCOUNT, 'global');
    expect(await st(versioning)).toMatchObject({ 'dd-versioned': 'PASS', 'dd-plain': 'FAIL', 'dd-evidence-locked': 'PASS', 'dd-evidence-open': 'FAIL' });
    // moto gives new buckets no Object Ownership setting (AWS gives BucketOwnerEnforced since April 2023): they read as ACLs enabled here.
    expect(await st(aclsDisabled)).toMatchObject({ 'dd-versioned': 'PASS', 'dd-plain': 'FAIL', 'dd-evidence-open': 'FAIL' });
    expect(await st(classifiedKms)).toEqual({ 'dd-confidential-kms': 'PASS', 'dd-confidential-s3': 'FAIL' });
    expect(await st(evidenceLock)).toEqual({ 'dd-evidence-locked': 'PASS', 'dd-evidence-open': 'FAIL' });
  });

  it('EC2: public IPs, launch template versions, unused and broad security groups, default VPC in use', async () => {
    const { inventory, stats } = motoInventory(EC2_ACCOUNT);
    const st = (c: Check) => statuses(c, inventory, EC2_ACCOUNT);
    // moto gives an instance launched into the default VPC a public IP, as AWS does.
    expect(await st(publicIp)).toEqual({ [ids.private!]: 'PASS', [ids.inDefault!]: 'FAIL' });
    expect(await st(ltImdsv2)).toEqual({ [ids.ltGood!]: 'PASS', [ids.ltDrift!]: 'FAIL' });
    expect(await st(sgAttached)).toEqual({ [ids.used!]: 'PASS', [ids.idle!]: 'FAIL' });
    expect(await st(sgBroad)).toMatchObject({ [ids.used!]: 'PASS', [ids.idle!]: 'FAIL' });
    expect(Object.values(await st(defaultVpc))).toEqual(['FAIL']);
    expect(stats.byOperation.get('ec2:DescribeNetworkInterfaces')).toBe(1);
  });
});
