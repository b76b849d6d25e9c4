import { defineCheck } from '../../src/check/define.js';
import { forEachAccessPoint } from '../../src/check/kit/efs-access-points.js';

export default defineCheck({
  id: 'efs.access-point-posix-user',
  title: 'EFS access points enforce a non-root POSIX user identity',
  description:
    'Without a PosixUser an access point uses whatever user and group ids the NFS client sends, so any client can claim any owner, ' +
    'root included. Passes when PosixUser (DescribeAccessPoints, per file system) is set with a Uid other than 0; an enforced Uid 0 ' +
    'makes every client root on the file system and fails unless option allowRoot is true. Reference: Security Hub FSBP EFS.4 (which ' +
    'asks only for a PosixUser).',
  service: 'efs',
  resourceType: 'AWS::EFS::AccessPoint',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'PaaS',
  scope: 'regional',
  options: { allowRoot: false },
  remediation: {
    text: 'Create an access point that enforces the application\'s own POSIX user and group, move clients to it and delete the old one; an access point\'s user identity cannot be changed.',
    cli: 'aws efs create-access-point --file-system-id <fs-id> --posix-user Uid=1001,Gid=1001 --root-directory Path=/app',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/enforce-identity-access-points.html',
  },
  async run(ctx) {
    return forEachAccessPoint(ctx, (ref, ap) => {
      const user = ap.PosixUser;
      const evidence = { FileSystemId: ap.FileSystemId ?? null, Uid: user?.Uid ?? null, Gid: user?.Gid ?? null };
      if (!user || user.Uid === undefined) return ctx.result.fail(ref, `Access point ${ref.id} enforces no POSIX user: clients choose their own ids`, evidence);
      if (user.Uid === 0 && !ctx.options.allowRoot) return ctx.result.fail(ref, `Access point ${ref.id} enforces POSIX user 0 (root)`, evidence);
      return ctx.result.pass(ref, `Access point ${ref.id} enforces POSIX user ${user.Uid}:${user.Gid ?? '?'}`, evidence);
    });
  },
});
