import { defineCheck } from '../../src/check/define.js';
import { iamAccountRef } from '../../src/check/kit/iam-refs.js';

export default defineCheck({
  id: 'iam.support-role-exists',
  title: 'An IAM role is allowed to manage AWS Support cases',
  description:
    'During an incident someone must be able to open and follow AWS Support cases without using the root user. ' +
    'Passes when a role has the AWS managed policy AWSSupportAccess attached, as the CIS audit requires (PolicyRoles not empty); ' +
    'users and groups holding it are listed as evidence but do not satisfy it (one account-level verdict).',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  severity: 'low',
  duty: 'incident-response',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Create a role that your incident responders can assume and attach the AWSSupportAccess managed policy to it.',
    cli: 'aws iam create-role --role-name aws-support --assume-role-policy-document file://trust.json && aws iam attach-role-policy --role-name aws-support --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
    url: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
  },
  async run({ scope, inventory, result }) {
    const details = await inventory.iam.authorizationDetails();
    const policyArn = `arn:${scope.partition}:iam::aws:policy/AWSSupportAccess`;
    const has = (e: { AttachedManagedPolicies?: { PolicyArn?: string }[] }) => (e.AttachedManagedPolicies ?? []).some((p) => p.PolicyArn === policyArn);
    // Field names of ListEntitiesForPolicy, which answers the same question one policy at a time.
    const evidence = {
      PolicyArn: policyArn,
      PolicyRoles: details.roles.filter(has).map((r) => r.RoleName ?? ''),
      PolicyUsers: details.users.filter(has).map((u) => u.UserName ?? ''),
      PolicyGroups: details.groups.filter(has).map((g) => g.GroupName ?? ''),
    };
    const ref = iamAccountRef(scope);
    const held = `${evidence.PolicyRoles.length} roles, ${evidence.PolicyUsers.length} users and ${evidence.PolicyGroups.length} groups`;
    return [
      evidence.PolicyRoles.length
        ? result.pass(ref, `AWSSupportAccess is attached to ${held}`, evidence)
        : result.fail(ref, `AWSSupportAccess is attached to no role (${held})`, evidence),
    ];
  },
});
