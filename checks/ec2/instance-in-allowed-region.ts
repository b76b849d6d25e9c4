import { defineCheck } from '../../src/check/define.js';

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
    const allowed = options.allowedRegions;
    if (!allowed.length) return []; // not configured: nothing to judge against
    const instances = await inventory.ec2.instances(scope.region);
    const inside = allowed.includes(scope.region);
    return instances.map((i) => {
      const ref = { arn: `arn:${scope.partition}:ec2:${scope.region}:${scope.account}:instance/${i.InstanceId}`, id: i.InstanceId! };
      const evidence = { region: scope.region, allowedRegions: allowed, State: i.State?.Name ?? null };
      return inside
        ? result.pass(ref, `Instance ${i.InstanceId} runs in ${scope.region}, an allowed region`, evidence)
        : result.fail(ref, `Instance ${i.InstanceId} runs in ${scope.region}, outside the allowed regions`, evidence);
    });
  },
});
