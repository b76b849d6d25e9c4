/**
 * Checks that cannot decide against moto 5.2 however it is seeded, because moto does not
 * implement (or does not fill) the data they need. Against moto they are ERROR, never PASS;
 * their PASS and FAIL paths are covered by unit tests with recorded AWS answers.
 */
export const MOTO_UNDECIDABLE_CHECKS: Readonly<Record<string, string>> = {
  'iam.root-user-unused': 'the credential report has no <root_account> row',
  'accessanalyzer.enabled': 'IAM Access Analyzer is not implemented',
  'ec2.imds-defaults-require-tokens': 'GetInstanceMetadataDefaults is not implemented',
  'ssm.instance-managed': 'DescribeInstanceInformation is not implemented',
  'ssm.instance-patch-compliant': 'DescribeInstanceInformation and ListResourceComplianceSummaries are not implemented',
  'lambda.code-signing-enforced': 'ListCodeSigningConfigs is not implemented',
  'backup.plans-cover-tagged-resources': 'ListBackupSelections and GetBackupSelection (and CreateBackupSelection) answer 404 with an HTML page: with any backup plan the check is ERROR',
};

export const isMotoGap = (checkId: string): boolean => checkId in MOTO_UNDECIDABLE_CHECKS;

/**
 * Checks that decide against moto 5.2 only when the test seeds values AWS always returns: for a
 * resource created without them moto's answer lacks the field, and the check is ERROR for it (never
 * PASS). Integration tests write AWS's defaults out explicitly.
 */
export const MOTO_SEEDING_DEPENDENT_CHECKS: Readonly<Record<string, string>> = {
  'eks.endpoint-public-access-restricted':
    'CreateCluster without endpointPublicAccess/publicAccessCidrs: DescribeCluster omits them (AWS returns true and ["0.0.0.0/0"]); moto also defaults the version to 1.19',
  'codebuild.privileged-mode-disabled': 'CreateProject without environment.privilegedMode: BatchGetProjects omits it (AWS returns false)',
  'codebuild.logging-enabled': 'CreateProject without logsConfig: BatchGetProjects omits it (AWS returns CloudWatch Logs ENABLED)',
  'sagemaker.notebook-root-access-disabled': 'CreateNotebookInstance without RootAccess: DescribeNotebookInstance omits it (AWS returns Enabled)',
  'emr.block-public-access-enabled':
    'GetBlockPublicAccessConfiguration answers {} until PutBlockPublicAccessConfiguration (AWS answers with its default, on with port 22); moto then keeps one configuration per account for every region (AWS: per region)',
  'firehose.delivery-stream-encrypted':
    'CreateDeliveryStream with DeliveryStreamEncryptionConfigurationInput stores the input without a Status (AWS reports ENABLED), so the stream FAILs; seed with StartDeliveryStreamEncryption after creation',
};

/**
 * Checks that decide against moto 5.2, but on data moto fills differently from AWS: a seeded
 * account cannot reach every verdict AWS would give. Their other verdicts are unit-tested with
 * AWS-shaped answers. Listed so nobody reads a moto PASS as proof.
 */
export const MOTO_DIFFERENT_DATA: Readonly<Record<string, string>> = {
  'secretsmanager.secret-recently-accessed': 'LastAccessedDate is never recorded (always null) and CreatedDate cannot be backdated: every secret reads as new and never retrieved',
  'secretsmanager.secret-rotated-recently': 'CreatedDate and LastRotatedDate cannot be backdated; RotateSecret without a rotation function is accepted and recorded as a rotation (AWS requires one)',
  'dynamodb.table-cmk-encrypted': 'the AWS managed key alias/aws/dynamodb reports KeyManager CUSTOMER (AWS: AWS), so a table on the AWS managed key would PASS',
  'codebuild.source-no-credentials': 'CreateProject drops secondarySources: only the primary source location can be judged against moto',
  'ecr.repository-cmk-encrypted': 'a repository created with encryptionType KMS and no kmsKey gets an invented key ARN that DescribeKey cannot find (ERROR; AWS names aws/ecr, a FAIL): seed a key of your own',
  'tagging.service-discovery': 'GetResources lists no Kinesis data streams (tagged or not): kinesis never shows as a service in use against moto',
  'mq.broker-not-public': 'every mq.* check: broker ARNs are arn:aws:mq:<region>:<account>:broker:<id> (AWS: broker:<name>:<id>): verdicts agree, finding ids and ARNs differ from AWS',
};
