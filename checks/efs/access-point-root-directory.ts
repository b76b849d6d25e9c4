import { defineCheck } from '../../src/check/define.js';
import { forEachAccessPoint } from '../../src/check/kit/efs-access-points.js';

export default defineCheck({
  id: 'efs.access-point-root-directory',
  title: 'EFS access points confine clients to a directory below the file system root',
  description:
    'An access point whose root directory is "/" (the default) lets every client that mounts through it see the whole file system, ' +
    'other applications\' directories included. Passes when RootDirectory.Path (DescribeAccessPoints, per file system) is a path other ' +
    'than "/". Reference: Security Hub FSBP EFS.3.',
  service: 'efs',
  resourceType: 'AWS::EFS::AccessPoint',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Create an access point with the application\'s own root directory (with CreationInfo for its owner and permissions), move clients to it and delete the old one; an access point\'s root directory cannot be changed.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --root-directory \'Path=/app,CreationInfo={OwnerUid=1001,OwnerGid=1001,Permissions=750}\' --posix-user Uid=1001,Gid=1001',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-root-directory-access-point.html',
  },
  async run(ctx) {
    return forEachAccessPoint(ctx, (ref, ap) => {
      // AWS documents "/" as the root directory of an access point created without one.
      const path = ap.RootDirectory?.Path ?? '/';
      const evidence = { FileSystemId: ap.FileSystemId ?? null, RootDirectoryPath: path };
      return path.replace(/\/+$/, '') !== ''
        ? ctx.result.pass(ref, `Access point ${ref.id} confines clients to ${path}`, evidence)
        : ctx.result.fail(ref, `Access point ${ref.id} exposes the file system root "/"`, evidence);
    });
  },
});
