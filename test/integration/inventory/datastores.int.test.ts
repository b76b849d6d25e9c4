import { CreateFileSystemCommand, EFSClient } from '@aws-sdk/client-efs';
import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateDBInstanceCommand, RDSClient } from '@aws-sdk/client-rds';
import { beforeAll, describe, expect, it } from 'vitest';
import efsEncrypted from '../../../checks/efs/file-system-encrypted.js';
import kmsRotation from '../../../checks/kms/cmk-rotation-enabled.js';
import rdsMinor from '../../../checks/rds/auto-minor-version-upgrade.js';
import rdsPublic from '../../../checks/rds/instance-not-public.js';
import rdsEncrypted from '../../../checks/rds/instance-storage-encrypted.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '290000000001';
const REGION = 'eu-west-1';
let rotating = '';
let static_ = '';

beforeAll(async () => {
  const rds = seedClient(RDSClient, ACCOUNT, REGION);
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'orders', Engine: 'postgres', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-1', StorageEncrypted: true, PubliclyAccessible: false, AutoMinorVersionUpgrade: true }));
  await rds.send(new CreateDBInstanceCommand({ DBInstanceIdentifier: 'legacy-reports', Engine: 'mysql', DBInstanceClass: 'db.t3.micro', AllocatedStorage: 20, MasterUsername: 'admin1', MasterUserPassword: 'not-a-real-secret-2', StorageEncrypted: false, PubliclyAccessible: true, AutoMinorVersionUpgrade: false }));
  const efs = seedClient(EFSClient, ACCOUNT, REGION);
  await efs.send(new CreateFileSystemCommand({ CreationToken: 'shared-home', Encrypted: true }));
  await efs.send(new CreateFileSystemCommand({ CreationToken: 'scratch', Encrypted: false }));
  const kms = seedClient(KMSClient, ACCOUNT, REGION);
  rotating = (await kms.send(new CreateKeyCommand({ Description: 'orders data' }))).KeyMetadata!.KeyId!;
  await kms.send(new EnableKeyRotationCommand({ KeyId: rotating }));
  static_ = (await kms.send(new CreateKeyCommand({ Description: 'forgotten' }))).KeyMetadata!.KeyId!;
  await kms.send(new CreateKeyCommand({ Description: 'signing', KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }));
});

describe('RDS, EFS and KMS against moto', () => {
  it('RDS: encryption, public access and minor upgrades judged per instance', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    const status = async (check: typeof rdsEncrypted) => Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));
    expect(await status(rdsEncrypted)).toEqual({ orders: 'PASS', 'legacy-reports': 'FAIL' });
    expect(await status(rdsPublic)).toEqual({ orders: 'PASS', 'legacy-reports': 'FAIL' });
    expect(await status(rdsMinor)).toEqual({ orders: 'PASS', 'legacy-reports': 'FAIL' });
    expect(stats.byOperation.get('rds:DescribeDBInstances')).toBe(1);
  });

  it('EFS: encrypted and unencrypted file systems', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(efsEncrypted, { region: REGION, inventory, account: ACCOUNT });
    expect(findings.map((f) => f.status).sort()).toEqual(['FAIL', 'PASS']);
  });

  it('KMS: rotation judged for symmetric customer keys only', async () => {
    const { inventory } = motoInventory(ACCOUNT);
    const findings = await runCheck(kmsRotation, { region: REGION, inventory, account: ACCOUNT });
    expect(Object.fromEntries(findings.map((f) => [f.resource.id, f.status]))).toEqual({ [rotating]: 'PASS', [static_]: 'FAIL' });
  });
});
