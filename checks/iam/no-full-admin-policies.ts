import { defineCheck, type ResourceRef } from '../../src/check/define.js';
import { isAllowAllExceptStatement, isFullAdminStatement, parsePolicyDocument, type Statement } from '../../src/lib/iam-policy.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';

interface Examined {
  ref: ResourceRef;
  /** How the policy is used, for the message: "customer managed, attached 3 times", "inline on role x". */
  what: string;
  document: string | undefined;
}

export default defineCheck({
  id: 'iam.no-full-admin-policies',
  title: 'Customer managed and inline IAM policies do not grant full administrative privileges',
  description:
    'A statement that allows every action on every resource gives its holders full control of the account, defeating least privilege. ' +
    'Examined: the default version of every attached customer managed policy and every inline policy of users, groups and roles ' +
    '(unattached policies grant nothing and are not evaluated; AWS managed policies such as AdministratorAccess are not in scope). ' +
    'Fails on an Allow statement with Action "*" or "*:*" on Resource "*", with or without a Condition (a condition limits when, ' +
    'not what), and on an Allow statement with NotAction on Resource "*" (every action but the listed ones).',
  service: 'iam',
  resourceType: 'AWS::IAM::ManagedPolicy',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Replace the statement with the actions and resources the holders need; detach the policy (or delete the inline policy) meanwhile.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>  # or detach-user-policy / detach-group-policy / delete-role-policy',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  async run({ scope, inventory, result }) {
    const details = await inventory.iam.authorizationDetails();
    const source = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: scope.account, region: scope.region };

    const managed: Examined[] = details.policies
      .filter((p) => !p.Arn?.includes(':iam::aws:policy/') && p.AttachmentCount !== 0) // CIS: attached ones; an unknown count is examined
      .map((p) => {
        // The ARN ends with the policy name (moto omits PolicyName here; AWS returns both).
        const name = p.PolicyName ?? p.Arn!.slice(p.Arn!.lastIndexOf('/') + 1);
        return {
          ref: { arn: p.Arn!, id: name },
          what: `customer managed policy ${name} (AttachmentCount ${p.AttachmentCount ?? 'unknown'})`,
          document: p.PolicyVersionList?.find((v) => v.IsDefaultVersion || v.VersionId === p.DefaultVersionId)?.Document,
        };
      });
    const inline = (kind: string, arn: string | undefined, name: string | undefined, list: { PolicyName?: string; PolicyDocument?: string }[] | undefined): Examined[] =>
      (list ?? []).map((p) => ({
        ref: { arn: `${arn}/inline-policy/${p.PolicyName}`, id: `${kind}/${name}/${p.PolicyName}`, type: 'AWS::IAM::Policy' },
        what: `inline policy ${p.PolicyName} of ${kind} ${name}`,
        document: p.PolicyDocument,
      }));
    const examined = [
      ...managed,
      ...details.users.flatMap((u) => inline('user', u.Arn, u.UserName, u.UserPolicyList)),
      ...details.groups.flatMap((g) => inline('group', g.Arn, g.GroupName, g.GroupPolicyList)),
      ...details.roles.flatMap((r) => inline('role', r.Arn, r.RoleName, r.RolePolicyList)),
    ];

    return result.forEach(examined, (e) => e.ref, (e) => {
      if (e.document === undefined) throw invalidData(source, `${e.what} has no policy document`);
      // GetAccountAuthorizationDetails returns documents URL-encoded; parsePolicyDocument decodes them.
      const doc = parseOrInvalid(source, e.what, () => parsePolicyDocument(e.document!));
      const admin = doc.Statement.filter((s) => isFullAdminStatement(s) || isAllowAllExceptStatement(s)).map(statementEvidence);
      return admin.length
        ? result.fail(e.ref, `${e.what} allows all actions on all resources in ${admin.length} statement(s)`, { adminStatements: admin })
        : result.pass(e.ref, `${e.what} has no statement allowing all actions on all resources`, { adminStatements: [] });
    });
  },
});

function statementEvidence(s: Statement) {
  return {
    ...(s.Sid ? { Sid: s.Sid } : {}),
    Effect: s.Effect,
    ...(s.Action ? { Action: s.Action } : {}),
    ...(s.NotAction ? { NotAction: s.NotAction } : {}),
    ...(s.Resource ? { Resource: s.Resource } : {}),
    ...(s.NotResource ? { NotResource: s.NotResource } : {}),
    ...(s.Condition ? { Condition: s.Condition } : {}),
  };
}
