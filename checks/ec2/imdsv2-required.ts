import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.imdsv2-required',
  title: 'EC2 instances require IMDSv2 for the instance metadata service',
  description:
    'With IMDSv1 allowed (HttpTokens optional), a server-side request forgery or an open proxy on the instance can read the metadata service, including the credentials of the instance role, with a single GET. Requiring session tokens (IMDSv2), or turning the metadata endpoint off, closes that path.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'high',
  duty: 'os-hardening',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Require IMDSv2 on the instance once its software no longer makes IMDSv1 calls (the MetadataNoToken metric is zero); set the account default for new instances too.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.ec2.instances(scope.region);
    return instances.map((i) => {
      const ref = instanceRef(scope, i.InstanceId!);
      const HttpTokens = i.MetadataOptions?.HttpTokens ?? null;
      const HttpEndpoint = i.MetadataOptions?.HttpEndpoint ?? null;
      const evidence = { HttpTokens, HttpEndpoint, State: i.State?.Name ?? null };
      if (HttpEndpoint === 'disabled') return result.pass(ref, `Instance ${i.InstanceId} has the metadata endpoint disabled`, evidence);
      // Compliance must be shown: anything but 'required' (including an absent value) leaves IMDSv1 possible.
      return HttpTokens === 'required'
        ? result.pass(ref, `Instance ${i.InstanceId} requires IMDSv2 (HttpTokens required)`, evidence)
        : result.fail(ref, `Instance ${i.InstanceId} allows IMDSv1 (HttpTokens ${HttpTokens ?? 'absent'})`, evidence);
    });
  },
});
