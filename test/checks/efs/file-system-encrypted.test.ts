import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/efs/file-system-encrypted.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';

const efs = mockClient(EFSClient);
beforeEach(() => efs.reset());
const fs = (id: string, Encrypted?: boolean) => ({
  FileSystemId: id, FileSystemArn: `arn:aws:elasticfilesystem:eu-west-1:111122223333:file-system/${id}`, Encrypted,
  OwnerId: '111122223333', CreationToken: id, CreationTime: new Date(), LifeCycleState: 'available' as const, NumberOfMountTargets: 1,
  SizeInBytes: { Value: 6144 }, PerformanceMode: 'generalPurpose' as const, Tags: [],
});

describe('efs.file-system-encrypted', () => {
  it('PASS when encrypted, FAIL when not', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fs('fs-1', true), fs('fs-2', false)] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'fs-1' }, evidence: { Encrypted: true }, srm: { duty: 'data-encryption', serviceModel: 'PaaS', owner: 'customer' } },
      { status: 'FAIL', resource: { id: 'fs-2' }, evidence: { Encrypted: false } },
    ]);
  });

  it('follows NextMarker pages', async () => {
    efs.on(DescribeFileSystemsCommand, { MaxItems: 100 }).resolves({ FileSystems: [fs('fs-1', true)], NextMarker: 'n' });
    efs.on(DescribeFileSystemsCommand, { MaxItems: 100, Marker: 'n' }).resolves({ FileSystems: [fs('fs-2', true)] });
    expect((await runCheck(check, { region: 'eu-west-1' })).map((f) => f.resource.id)).toEqual(['fs-1', 'fs-2']);
  });

  it('ERROR naming the permission when DescribeFileSystems is denied', async () => {
    efs.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticfilesystem:DescribeFileSystems') }]);
  });
});
