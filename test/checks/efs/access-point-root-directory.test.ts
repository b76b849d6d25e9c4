import { DescribeAccessPointsCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/efs/access-point-root-directory.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { accessPoint, apArn, fileSystem, fsArn } from './fixtures.js';

const efs = mockClient(EFSClient);
beforeEach(() => efs.reset());

describe('efs.access-point-root-directory', () => {
  it('PASS below the root, FAIL at "/" (the default, FSBP EFS.3); access points read per file system', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1'), fileSystem('fs-2')] });
    efs.on(DescribeAccessPointsCommand, { FileSystemId: 'fs-1' }).resolves({ AccessPoints: [accessPoint('fsap-1', 'fs-1', { RootDirectory: { Path: '/app' } }), accessPoint('fsap-2', 'fs-1')] });
    efs.on(DescribeAccessPointsCommand, { FileSystemId: 'fs-2' }).resolves({ AccessPoints: [accessPoint('fsap-3', 'fs-2', { RootDirectory: undefined })] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'fsap-1', arn: apArn('fsap-1') }, evidence: { FileSystemId: 'fs-1', RootDirectoryPath: '/app' }, srm: { duty: 'identity-access', serviceModel: 'PaaS', owner: 'shared' } },
      { status: 'FAIL', resource: { id: 'fsap-2' }, evidence: { RootDirectoryPath: '/' } },
      { status: 'FAIL', resource: { id: 'fsap-3' }, evidence: { RootDirectoryPath: '/' } },
    ]);
    expect(efs.commandCalls(DescribeAccessPointsCommand)).toHaveLength(2);
  });

  it('a file system without access points gives no finding', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1')] });
    efs.on(DescribeAccessPointsCommand).resolves({ AccessPoints: [] });
    expect(await runCheck(check, { region: 'eu-west-1' })).toEqual([]);
  });

  it('ERROR under the file system\'s ARN when its access points cannot be read', async () => {
    efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1')] });
    efs.on(DescribeAccessPointsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'ERROR', resource: { id: 'fs-1', arn: fsArn('fs-1'), type: 'AWS::EFS::FileSystem' }, message: expect.stringContaining('elasticfilesystem:DescribeAccessPoints') },
    ]);
  });
});
