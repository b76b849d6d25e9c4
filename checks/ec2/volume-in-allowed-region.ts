import { defineCheck } from '../../src/check/define.js';
import { residencyVerdicts } from '../../src/check/kit/residency.js';

export default defineCheck({
  id: 'ec2.volume-in-allowed-region',
  title: 'EBS volumes reside in the allowed regions',
  description:
    'Data residency rules name where data may be stored; an EBS volume holds its data in its region. A volume outside the configured ' +
    'allowedRegions stores data where it may not be. Without allowedRegions in the configuration the check reports nothing.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Volume',
  severity: 'high',
  duty: 'data-residency',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Snapshot the volume, copy the snapshot to an allowed region, recreate the volume there and delete the original and its snapshots.',
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --region <allowed-region> --encrypted',
    url: 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html',
  },
  options: { allowedRegions: [] as string[] },
  async run({ scope, inventory, result, options }) {
    if (!options.allowedRegions.length) return []; // not configured: nothing to judge against
    const volumes = await inventory.ec2.volumes(scope.region);
    return residencyVerdicts(result, options.allowedRegions, volumes.map((v) => ({
      ref: { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:volume/${v.VolumeId}`, id: v.VolumeId! },
      label: `Volume ${v.VolumeId}`,
      region: scope.region,
      evidence: { Size: v.Size ?? null },
    })));
  },
});
