import { invalidData } from '../../src/aws/invalid-data.js';
import { formatArn } from '../../src/aws/arn.js';
import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'efs.mount-targets-in-private-subnets',
  title: 'EFS file systems have no mount target in a subnet that assigns public IP addresses',
  description:
    'A mount target is the file system\'s network interface. In a subnet that gives every launched interface a public IPv4 address ' +
    '(MapPublicIpOnLaunch, the mark of a public subnet) the file system shares a network with internet-facing hosts, one security ' +
    'group rule away from NFS exposure. Judged per file system from DescribeMountTargets and the region\'s subnets (DescribeSubnets, ' +
    'one bulk call): fails when any mount target sits in such a subnet, the mount targets and subnets in the evidence; a file system ' +
    'without mount targets passes (nothing can mount it). Reference: Security Hub FSBP EFS.6. Duty app-configuration, as for RDS ' +
    'public access: under PaaS the network layer itself is the provider\'s, the placement the customer\'s.',
  service: 'efs',
  resourceType: 'AWS::EFS::FileSystem',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Delete the mount targets in public subnets and create them in private subnets of the same availability zones (clients keep the file system DNS name).',
    cli: 'aws efs delete-mount-target --mount-target-id <fsmt-id> && aws efs create-mount-target --file-system-id <fs-id> --subnet-id <private-subnet> --security-groups <sg>',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/accessing-fs.html',
  },
  async run({ scope, inventory, result }) {
    const systems = await inventory.efs.fileSystems(scope.region);
    if (!systems.length) return [];
    const subnets = new Map((await inventory.ec2.subnets(scope.region)).map((s) => [s.SubnetId!, s]));
    const ref = (fs: (typeof systems)[number]) => ({ arn: fs.FileSystemArn ?? formatArn(scope.partition, 'elasticfilesystem', scope.region, scope.account, `file-system/${fs.FileSystemId}`), id: fs.FileSystemId! });
    return result.forEach(systems, ref, async (fs) => {
      const targets = await inventory.efs.mountTargets(scope.region, fs.FileSystemId!);
      const judged = targets.map((t) => {
        const subnet = subnets.get(t.SubnetId ?? '');
        // DescribeSubnets lists every subnet a mount target can sit in (own and shared): a missing one is an answer we cannot judge.
        if (!subnet) throw invalidData({ service: 'ec2', operation: 'DescribeSubnets', account: scope.account, region: scope.region }, `subnet ${t.SubnetId} of mount target ${t.MountTargetId} is not listed`);
        return { MountTargetId: t.MountTargetId ?? '', SubnetId: t.SubnetId ?? '', MapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false };
      });
      const publicOnes = judged.filter((t) => t.MapPublicIpOnLaunch);
      const evidence = { mountTargets: judged };
      if (!judged.length) return result.pass(ref(fs), `File system ${fs.FileSystemId} has no mount target`, evidence);
      return publicOnes.length
        ? result.fail(ref(fs), `File system ${fs.FileSystemId} has mount target(s) in subnets that assign public IPs: ${publicOnes.map((t) => `${t.MountTargetId} (${t.SubnetId})`).join(', ')}`, evidence)
        : result.pass(ref(fs), `File system ${fs.FileSystemId} has ${judged.length} mount target(s), none in a subnet that assigns public IPs`, evidence);
    });
  },
});
