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
