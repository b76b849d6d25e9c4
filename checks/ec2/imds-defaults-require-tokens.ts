import { defineCheck } from '../../src/check/define.js';
import { ec2RegionSettingRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.imds-defaults-require-tokens',
  title: 'The account-level instance metadata defaults require IMDSv2 in the region',
  description:
    'The account-level IMDS defaults (per region) apply to every instance launched without metadata options of its own, so with HttpTokens required there no new instance starts with IMDSv1 open. ' +
    'Judges GetInstanceMetadataDefaults: AccountLevel.HttpTokens must be required; unset (no preference, so the AMI and launch settings decide) or optional fails. ' +
    'Existing instances are judged by ec2.imdsv2-required, not here.',
  service: 'ec2',
  resourceType: 'AWS::EC2::AccountSettings',
  severity: 'medium',
  duty: 'os-hardening',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Set the account-level instance metadata defaults of every region the account uses to require IMDSv2 (or enforce it organization-wide with an EC2 declarative policy).',
    cli: 'aws ec2 modify-instance-metadata-defaults --http-tokens required --http-put-response-hop-limit 2 --region <region>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
  },
  async run({ scope, inventory, result }) {
    const defaults = await inventory.ec2.instanceMetadataDefaults(scope.region);
    // The account setting of one region, named like ec2.ebs-default-encryption names its own.
    const ref = ec2RegionSettingRef(scope, 'instance-metadata-defaults');
    const HttpTokens = defaults.HttpTokens ?? null;
    const evidence = { HttpTokens, HttpEndpoint: defaults.HttpEndpoint ?? null, HttpPutResponseHopLimit: defaults.HttpPutResponseHopLimit ?? null, ManagedBy: defaults.ManagedBy ?? null };
    return [
      HttpTokens === 'required'
        ? result.pass(ref, `Instance metadata defaults in ${scope.region} require IMDSv2 (HttpTokens required)`, evidence)
        : result.fail(ref, `Instance metadata defaults in ${scope.region} do not require IMDSv2 (HttpTokens ${HttpTokens ?? 'not set: no preference'})`, evidence),
    ];
  },
});
