import { defineCheck } from '../../src/check/define.js';
import { missingFlags, pabEvidence } from '../../src/lib/s3-public-access.js';
import { formatArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 's3.account-public-access-block',
  title: 'S3 Block Public Access is on for the whole account (all four settings)',
  description:
    'The account-level Block Public Access settings apply to every bucket and access point of the account, current and future, and override bucket policies and ACLs that would make data public.',
  service: 's3',
  resourceType: 'AWS::S3::AccountPublicAccessBlock',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account, after confirming that no workload relies on public buckets.',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
  },
  async run({ scope, inventory, result }) {
    const pab = await inventory.s3.accountPublicAccessBlock();
    const ref = { arn: formatArn(scope.partition, 's3', '', scope.account, 'public-access-block'), id: scope.account };
    const evidence = { PublicAccessBlockConfiguration: pabEvidence(pab) };
    if (!pab) return [result.fail(ref, `Account ${scope.account} has no Block Public Access configuration`, evidence)];
    const missing = missingFlags(pab);
    return [
      missing.length === 0
        ? result.pass(ref, `Account ${scope.account} has all four Block Public Access settings on`, evidence)
        : result.fail(ref, `Account ${scope.account} has Block Public Access settings off: ${missing.join(', ')}`, evidence),
    ];
  },
});
