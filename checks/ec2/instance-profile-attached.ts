import { defineCheck } from '../../src/check/define.js';
import { instanceRef } from '../../src/check/kit/ec2-refs.js';

export default defineCheck({
  id: 'ec2.instance-profile-attached',
  title: 'EC2 instances use an IAM instance profile (role) for AWS access',
  description:
    'An instance that calls AWS APIs without an instance role needs long-lived access keys stored on its disk, where anyone who reaches the ' +
    'host can copy them. An instance profile gives it short-lived, automatically rotated credentials instead (CIS: IAM instance roles are used ' +
    'for AWS resource access from instances). Judged: every instance that is not terminated, by its IamInstanceProfile. Not judged: what the ' +
    'role may do, and whether software on the instance also holds keys.',
  service: 'ec2',
  resourceType: 'AWS::EC2::Instance',
  severity: 'medium',
  duty: 'identity-access',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a role with the permissions the workload needs, wrap it in an instance profile, attach it, then remove any access keys from the instance.',
    cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<instance-profile-name>',
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html',
  },
  async run({ scope, inventory, result }) {
    const instances = await inventory.ec2.instances(scope.region);
    return instances.map((i) => {
      const ref = instanceRef(scope, i.InstanceId!);
      const profile = i.IamInstanceProfile?.Arn ?? null;
      const evidence = { IamInstanceProfile: profile, State: i.State?.Name ?? null };
      return profile
        ? result.pass(ref, `Instance ${i.InstanceId} uses instance profile ${profile.split('/').pop()}`, evidence)
        : result.fail(ref, `Instance ${i.InstanceId} has no IAM instance profile`, evidence);
    });
  },
});
