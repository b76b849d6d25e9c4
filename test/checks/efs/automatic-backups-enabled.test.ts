import { DescribeBackupPolicyCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/efs/automatic-backups-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { fileSystem, fsArn } from './fixtures.js';

const efs = mockClient(EFSClient);
beforeEach(() => efs.reset());

describe('efs.automatic-backups-enabled', () => {
  it('PASS when ENABLED; FAIL when DISABLED or never configured (PolicyNotFound)', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-on'), fileSystem('fs-off'), fileSystem('fs-never')] });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-on' }).resolves({ BackupPolicy: { Status: 'ENABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-off' }).resolves({ BackupPolicy: { Status: 'DISABLED' } });
    efs.on(DescribeBackupPolicyCommand, { FileSystemId: 'fs-never' }).rejects(awsError('PolicyNotFound', { status: 404 }));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'FAIL', resource: { id: 'fs-never' }, evidence: { BackupPolicyStatus: null } },
      { status: 'FAIL', resource: { id: 'fs-off' }, evidence: { BackupPolicyStatus: 'DISABLED' } },
      { status: 'PASS', resource: { id: 'fs-on', arn: fsArn('fs-on') }, evidence: { BackupPolicyStatus: 'ENABLED' }, srm: { duty: 'incident-response', serviceModel: 'PaaS', owner: 'customer' } },
    ]);
  });

  it('ERROR (never FAIL or PASS) for the file system whose policy is denied', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1')] });
    efs.on(DescribeBackupPolicyCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', resource: { id: 'fs-1' }, message: expect.stringContaining('elasticfilesystem:DescribeBackupPolicy') }]);
  });
});
