import { defineCheck } from '../../src/check/define.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'efs.file-system-encrypted',
  title: 'EFS file systems encrypt data at rest',
  description: 'An unencrypted EFS file system stores its files in clear text. Encryption at rest can only be chosen when the file system is created.',
  service: 'efs',
  resourceType: 'AWS::EFS::FileSystem',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'PaaS',
  scope: 'regional',
  remediation: {
    text: 'Create an encrypted file system, copy the data (AWS DataSync or AWS Backup restore), switch the mounts and delete the old one.',
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-id> --creation-token <token>',
    url: 'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
  },
  async run({ scope, inventory, result }) {
    const systems = await inventory.efs.fileSystems(scope.region);
    return systems.map((fs) => {
      const ref = { arn: fs.FileSystemArn ?? formatArn(scope.partition, 'elasticfilesystem', scope.region, scope.account, `file-system/${fs.FileSystemId}`), id: fs.FileSystemId! };
      const evidence = { Encrypted: fs.Encrypted ?? null, ...(fs.KmsKeyId ? { KmsKeyId: fs.KmsKeyId } : {}) };
      return fs.Encrypted === true
        ? result.pass(ref, `File system ${fs.FileSystemId} is encrypted at rest`, evidence)
        : result.fail(ref, `File system ${fs.FileSystemId} is not encrypted at rest`, evidence);
    });
  },
});
