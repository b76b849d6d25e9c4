import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'iam.user-permissions-through-groups',
  title: 'IAM users receive permissions only through groups',
  description:
    'Policies attached to individual users are hard to review and tend to outlive the need for them; granting through groups keeps ' +
    'permissions tied to job functions. Fails for users with attached managed policies or inline policies.',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  severity: 'low',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Add the user to a group that carries the permissions, then detach the user\'s managed policies and delete its inline policies.',
    cli: 'aws iam add-user-to-group --user-name <user> --group-name <group> && aws iam detach-user-policy --user-name <user> --policy-arn <policy-arn> && aws iam delete-user-policy --user-name <user> --policy-name <inline-policy>',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
  },
  async run({ inventory, result }) {
    const { users } = await inventory.iam.authorizationDetails();
    return users.map((u) => {
      const ref = { arn: u.Arn!, id: u.UserName! };
      // IAM omits empty lists: an absent list is "none", not an unanswered question.
      const attached = (u.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn ?? p.PolicyName ?? '');
      const inline = (u.UserPolicyList ?? []).map((p) => p.PolicyName ?? '');
      const evidence = { AttachedManagedPolicies: attached, UserPolicyList: inline, GroupList: u.GroupList ?? [] };
      return attached.length || inline.length
        ? result.fail(ref, `User ${u.UserName} has ${attached.length} attached managed and ${inline.length} inline policies of its own`, evidence)
        : result.pass(ref, `User ${u.UserName} has no policies of its own`, evidence);
    });
  },
});
