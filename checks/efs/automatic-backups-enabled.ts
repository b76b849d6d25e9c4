import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'efs.automatic-backups-enabled',
  title: 'EFS file systems have automatic backups turned on',
  description:
    'With automatic backups EFS puts the file system in the AWS Backup default plan (daily, 35 days retention), so deleted or ' +
    'encrypted-by-ransomware files can be restored. Passes when DescribeBackupPolicy reports Status ENABLED; a file system that never ' +
    'had a backup policy (PolicyNotFound) fails, as do DISABLED, DISABLING and ENABLING. A file system protected only by a backup ' +
    'plan of your own (a tag or ARN selection) fails here too: mute it with that reason. Related: Security Hub FSBP EFS.2, which ' +
    'asks for membership of any AWS Backup plan.',
  service: 'efs',
  resourceType: 'AWS::EFS::FileSystem',
  severity: 'medium',
  duty: 'incident-response',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Turn on automatic backups for the file system, or assign it to an AWS Backup plan of your own.',
    cli: 'aws efs put-backup-policy --file-system-id <fs-id> --backup-policy Status=ENABLED',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html',
  },
  async run({ scope, inventory, result }) {
    const systems = await inventory.efs.fileSystems(scope.region);
    const ref = (fs: (typeof systems)[number]) => ({ arn: fs.FileSystemArn ?? formatArn(scope.partition, 'elasticfilesystem', scope.region, scope.account, `file-system/${fs.FileSystemId}`), id: fs.FileSystemId! });
    return result.forEach(systems, ref, async (fs) => {
      const policy = await inventory.efs.backupPolicy(scope.region, fs.FileSystemId!);
      const status = policy?.Status ?? null;
      const evidence = { BackupPolicyStatus: status };
      return status === 'ENABLED'
        ? result.pass(ref(fs), `File system ${fs.FileSystemId} has automatic backups on`, evidence)
        : result.fail(ref(fs), `File system ${fs.FileSystemId} has no automatic backups (${status ? `backup policy ${status}` : 'no backup policy'})`, evidence);
    });
  },
});
