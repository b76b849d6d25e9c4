/**
 * Plant-and-find against moto for the CIS identity/network extras and the trail-bucket checks:
 * CIFS exposure, instance profiles, expired IAM server certificates, a public trail bucket and
 * trail-bucket Object Lock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudTrailClient, CreateTrailCommand } from '@aws-sdk/client-cloudtrail';
import { AuthorizeSecurityGroupIngressCommand, CreateSecurityGroupCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { AddRoleToInstanceProfileCommand, CreateInstanceProfileCommand, CreateRoleCommand, IAMClient, UploadServerCertificateCommand } from '@aws-sdk/client-iam';
import { CreateBucketCommand, PutBucketAclCommand, PutObjectLockConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import trailBucketLock from '../../../checks/cloudtrail/s3-bucket-object-lock.js';
import trailBucketPublic from '../../../checks/cloudtrail/s3-bucket-not-public.js';
import instanceProfile from '../../../checks/ec2/instance-profile-attached.js';
import cifs from '../../../checks/ec2/security-group-cifs-restricted.js';
import serverCerts from '../../../checks/iam/server-certificates-not-expired.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '290000000004';
const R = 'us-east-1';
const ids: Record<string, string> = {};

beforeAll(async () => {
  const ec2 = seedClient(EC2Client, ACCOUNT, R);
  ids.smb = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'file-share', Description: 'smb' }))).GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.smb, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 139, ToPort: 445, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }));
  ids.web = (await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'https' }))).GroupId!;
  await ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: ids.web, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Ipv6Ranges: [{ CidrIpv6: '::/0' }] }] }));

  const iam = seedClient(IAMClient, ACCOUNT);
  await iam.send(new CreateRoleCommand({ RoleName: 'web', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) }));
  await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'web' }));
  await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'web', RoleName: 'web' }));
  ids.withRole = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1, IamInstanceProfile: { Name: 'web' } }))).Instances![0]!.InstanceId!;
  ids.withoutRole = (await ec2.send(new RunInstancesCommand({ ImageId: 'ami-12c6146b', MinCount: 1, MaxCount: 1 }))).Instances![0]!.InstanceId!;

  const dir = mkdtempSync(join(tmpdir(), 'srm-cert-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=old.example.com'], { stdio: 'ignore' });
  await iam.send(new UploadServerCertificateCommand({ ServerCertificateName: 'old-www', CertificateBody: readFileSync(join(dir, 'c.pem'), 'utf8'), PrivateKey: readFileSync(join(dir, 'k.pem'), 'utf8') }));

  const s3 = seedClient(S3Client, ACCOUNT, R);
  await s3.send(new CreateBucketCommand({ Bucket: 'trail-open-290000000004' }));
  await s3.send(new PutBucketAclCommand({ Bucket: 'trail-open-290000000004', ACL: 'public-read' }));
  await s3.send(new CreateBucketCommand({ Bucket: 'trail-locked-290000000004', ObjectLockEnabledForBucket: true }));
  await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'trail-locked-290000000004', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 400 } } } }));
  const ct = seedClient(CloudTrailClient, ACCOUNT, R);
  await ct.send(new CreateTrailCommand({ Name: 'open', S3BucketName: 'trail-open-290000000004' }));
  await ct.send(new CreateTrailCommand({ Name: 'locked', S3BucketName: 'trail-locked-290000000004' }));
});

const statuses = async (check: Parameters<typeof runCheck>[0], opts: Parameters<typeof runCheck>[1] = {}) => {
  const { inventory } = motoInventory(ACCOUNT);
  return Object.fromEntries((await runCheck(check, { region: R, account: ACCOUNT, inventory, ...opts })).map((f) => [f.resource.id, f.status]));
};

describe('catalogue extras against moto', () => {
  it('CIFS: a range covering 445 from 0.0.0.0/0 FAILs, HTTPS from ::/0 PASSes', async () => {
    const s = await statuses(cifs);
    expect(s[ids.smb!]).toBe('FAIL');
    expect(s[ids.web!]).toBe('PASS');
  });

  it('instance profiles: the instance launched with one PASSes, the other FAILs', async () => {
    expect(await statuses(instanceProfile)).toEqual({ [ids.withRole!]: 'PASS', [ids.withoutRole!]: 'FAIL' });
  });

  it('server certificates: moto reports a fixed Expiration of 2012-05-08, so the certificate is expired now and valid in 2011', async () => {
    expect(await statuses(serverCerts)).toEqual({ 'old-www': 'FAIL' });
    expect(await statuses(serverCerts, { now: new Date('2011-01-01T00:00:00Z') })).toEqual({ 'old-www': 'PASS' });
  });

  it('trail buckets: the public-read bucket FAILs, the locked one PASSes both checks', async () => {
    expect(await statuses(trailBucketPublic)).toEqual({ open: 'FAIL', locked: 'PASS' });
    expect(await statuses(trailBucketLock)).toEqual({ open: 'FAIL', locked: 'PASS' });
  });
});
