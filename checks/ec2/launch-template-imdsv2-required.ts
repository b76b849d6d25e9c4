import { defineCheck } from '../../src/check/define.js';
import { launchTemplateRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.launch-template-imdsv2-required',
  title: 'Launch templates require IMDSv2 in their default and latest versions',
  description:
    'Instances launched from a template inherit its metadata options; a template that does not set HttpTokens required lets its instances answer ' +
    'IMDSv1, whose credentials an SSRF flaw can read. Judges the $Default version (used when a launch names no version) and the $Latest version ' +
    '(Auto Scaling groups often follow it). A version without MetadataOptions leaves the choice to the AMI and account defaults, and FAILs here.',
  service: 'ec2',
  resourceType: 'AWS::EC2::LaunchTemplate',
  severity: 'medium',
  duty: 'os-hardening',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a template version with HttpTokens required (and HttpPutResponseHopLimit 2 for containers), and make it the default.',
    cli: 'aws ec2 create-launch-template-version --launch-template-id <lt-id> --source-version <version> --launch-template-data \'{"MetadataOptions":{"HttpTokens":"required"}}\' && aws ec2 modify-launch-template --launch-template-id <lt-id> --default-version <new-version>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html',
  },
  async run({ scope, inventory, result }) {
    const versions = await inventory.ec2.launchTemplateVersions(scope.region);
    const byTemplate = new Map<string, typeof versions>();
    for (const v of versions) byTemplate.set(v.LaunchTemplateId!, [...(byTemplate.get(v.LaunchTemplateId!) ?? []), v]);
    return [...byTemplate.entries()].map(([id, vs]) => {
      const judged = [...new Map(vs.map((v) => [v.VersionNumber, v])).values()].map((v) => ({
        VersionNumber: v.VersionNumber ?? null, DefaultVersion: v.DefaultVersion ?? null, HttpTokens: v.LaunchTemplateData?.MetadataOptions?.HttpTokens ?? null,
      }));
      const weak = judged.filter((v) => v.HttpTokens !== 'required');
      const name = vs[0]!.LaunchTemplateName;
      const evidence = { LaunchTemplateName: name ?? null, versions: judged };
      return weak.length
        ? result.fail(launchTemplateRef(scope, id), `Launch template ${id} (${name}) version ${weak.map((v) => v.VersionNumber).join(', ')} does not require IMDSv2 (HttpTokens ${weak.map((v) => v.HttpTokens ?? 'not set').join(', ')})`, evidence)
        : result.pass(launchTemplateRef(scope, id), `Launch template ${id} (${name}) requires IMDSv2 in its default and latest versions`, evidence);
    });
  },
});
