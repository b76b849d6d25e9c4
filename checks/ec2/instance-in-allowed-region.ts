import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';
import { residencyVerdicts } from '../../src/check/kit/residency.js';

export default defineCheck({
  id: 'ec2.instance-in-allowed-region',
  title: 'EC2 instances run in the allowed regions',
  description:
    'An instance processes and caches data where it runs. One outside the configured allowedRegions processes data where it may not be ' +
    '(and is often a forgotten or unauthorised workload). Without allowedRegions in the configuration the check reports nothing.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'medium',
  duty: 'data-residency',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Move the workload to an allowed region (create an AMI, copy it, relaunch) and terminate the instance; restrict regions with an SCP on aws:RequestedRegion.',
    cli: 'aws ec2 copy-image --source-region <region> --source-image-id <ami-id> --region <allowed-region> --name <name>',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
  },
  options: { allowedRegions: [] as string[] },
  async run({ scope, inventory, result, options }) {
    if (!options.allowedRegions.length) return []; // not configured: nothing to judge against
    const instances = await inventory.ec2.instances(scope.region);
    return residencyVerdicts(result, options.allowedRegions, instances.map((i) => ({
      ref: instanceRef(scope, i.InstanceId!),
      label: `Instance ${i.InstanceId}`,
      region: scope.region,
      evidence: { State: i.State?.Name ?? null },
    })));
  },
});
