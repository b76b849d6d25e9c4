import { DescribeAccessPointsCommand, DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/efs/access-point-posix-user.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { accessPoint, fileSystem } from './fixtures.js';

const efs = mockClient(EFSClient);
beforeEach(() => efs.reset());
const seed = () => {
  efs.on(DescribeFileSystemsCommand).resolves({ FileSystems: [fileSystem('fs-1')] });
  efs.on(DescribeAccessPointsCommand).resolves({
    AccessPoints: [
      accessPoint('fsap-app', 'fs-1', { PosixUser: { Uid: 1001, Gid: 1001 } }),
      accessPoint('fsap-none', 'fs-1'),
      accessPoint('fsap-root', 'fs-1', { PosixUser: { Uid: 0, Gid: 0 } }),
    ],
  });
};

describe('efs.access-point-posix-user', () => {
  it('PASS with a non-root PosixUser; FAIL without one (FSBP EFS.4) or with Uid 0', async () => {
    seed();
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([
      { status: 'PASS', resource: { id: 'fsap-app' }, evidence: { Uid: 1001, Gid: 1001 }, srm: { duty: 'identity-access', serviceModel: 'PaaS' } },
      { status: 'FAIL', resource: { id: 'fsap-none' }, evidence: { Uid: null, Gid: null } },
      { status: 'FAIL', resource: { id: 'fsap-root' }, evidence: { Uid: 0 } },
    ]);
  });

  it('allowRoot lets an enforced root user pass', async () => {
    seed();
    expect((await runCheck(check, { region: 'eu-west-1', options: { allowRoot: true } })).map((f) => f.status)).toEqual(['PASS', 'FAIL', 'PASS']);
  });

  it('ERROR naming the permission when the file systems cannot be listed', async () => {
    efs.on(DescribeFileSystemsCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: 'eu-west-1' })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('elasticfilesystem:DescribeFileSystems') }]);
  });
});
