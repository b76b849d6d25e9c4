import { defineCheck } from '../../src/check/define.js';
import { residencyVerdicts } from '../../src/check/kit/residency.js';

export default defineCheck({
  id: 's3.bucket-in-allowed-region',
  title: 'S3 buckets reside in the allowed regions',
  description:
    'Data residency rules (contracts, GDPR transfers, sector regulation) name where data may be stored. A bucket outside the configured ' +
    'allowedRegions holds data where it may not be. Without allowedRegions in the configuration the check reports nothing.',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  severity: 'high',
  duty: 'data-residency',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Move the data to a bucket in an allowed region (S3 Batch Replication or a copy), then delete the bucket; prevent new ones with an SCP on aws:RequestedRegion.',
    cli: 'aws s3 sync s3://<bucket> s3://<bucket-in-allowed-region> --source-region <region> --region <allowed-region>',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  },
  options: { allowedRegions: [] as string[] },
  async run({ inventory, result, options }) {
    if (!options.allowedRegions.length) return []; // not configured: nothing to judge against
    const buckets = await inventory.s3.buckets();
    return residencyVerdicts(result, options.allowedRegions, buckets.map((b) => ({ ref: { arn: b.arn, id: b.name }, label: `Bucket ${b.name}`, region: b.region })));
  },
});
