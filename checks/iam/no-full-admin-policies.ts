import type { ManagedPolicyDetail } from '@aws-sdk/client-iam';
import { defineCheck, type ResourceRef } from '../../src/check/define.js';
import { isAllowAllExceptStatement, isFullAdminStatement, parsePolicyDocument, type Statement } from '../../src/lib/iam-policy.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';

interface Examined {
  ref: ResourceRef;
  /** How the policy is used, for the message: "customer managed, attached 3 times", "inline on role x". */
  what: string;
  document: string | undefined;
  /** Completes "<what> …" when there is no document to judge. */
  missing: string;
  /** Extra evidence: the principals holding a managed policy. */
  evidence: { attachedTo?: string[] };
}

const AWS_MANAGED = /^arn:[^:]+:iam::aws:policy\//;

export default defineCheck({
  id: 'iam.no-full-admin-policies',
  title: 'IAM policies attached to users, groups and roles do not grant full administrative privileges',
  description:
    'A statement that allows every action on every resource gives its holders full control of the account, defeating least privilege. ' +
    'Examined: the default version of every attached managed policy, customer managed and AWS managed alike (AdministratorAccess ' +
    'attached to a user, group or role fails as a customer policy granting *:* does), and every inline policy of users, groups and roles. ' +
    'Unattached policies grant nothing and are not evaluated. One finding per policy, whose evidence names the principals it is attached to. ' +
    'Fails on an Allow statement with Action "*" or "*:*" on Resource "*", with or without a Condition (a condition limits when, ' +
    'not what), and on an Allow statement with NotAction on Resource "*" (every action but the listed ones, as in PowerUserAccess).',
  service: 'iam',
  resourceType: 'AWS::IAM::ManagedPolicy',
  severity: 'high',
  duty: 'identity-access',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Replace the statement with the actions and resources the holders need (for AWS managed policies, attach a narrower AWS managed or customer managed policy instead); detach the policy (or delete the inline policy) meanwhile.',
    cli: 'aws iam detach-role-policy --role-name <role> --policy-arn <policy-arn>  # or detach-user-policy / detach-group-policy / delete-role-policy',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  },
  async run({ scope, inventory, result }) {
    const details = await inventory.iam.authorizationDetails();
    const source = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: scope.account, region: scope.region };

    // Who holds each managed policy, as "role/deployer" (IAM omits empty lists: absent is none).
    const holders = new Map<string, string[]>();
    const hold = (kind: string, name: string | undefined, list: { PolicyArn?: string }[] | undefined) => {
      for (const a of list ?? []) if (a.PolicyArn) holders.set(a.PolicyArn, [...(holders.get(a.PolicyArn) ?? []), `${kind}/${name}`]);
    };
    for (const u of details.users) hold('user', u.UserName, u.AttachedManagedPolicies);
    for (const g of details.groups) hold('group', g.GroupName, g.AttachedManagedPolicies);
    for (const r of details.roles) hold('role', r.RoleName, r.AttachedManagedPolicies);

    const byArn = new Map(details.policies.filter((p) => p.Arn).map((p) => [p.Arn!, p]));
    const managedExamined = (arn: string, p: ManagedPolicyDetail | undefined, kind: string): Examined => {
      // The ARN ends with the policy name (moto omits PolicyName here; AWS returns both).
      const name = p?.PolicyName ?? arn.slice(arn.lastIndexOf('/') + 1);
      const attachedTo = holders.get(arn) ?? [];
      return {
        ref: { arn, id: name },
        what: `${kind} policy ${name} (AttachmentCount ${p?.AttachmentCount ?? 'unknown'})`,
        document: p?.PolicyVersionList?.find((v) => v.IsDefaultVersion || v.VersionId === p.DefaultVersionId)?.Document,
        missing: p ? 'has no policy document' : `is attached to ${attachedTo.join(', ')} but is not in the answer`,
        evidence: { attachedTo },
      };
    };
    const customer = details.policies
      .filter((p) => p.Arn && !AWS_MANAGED.test(p.Arn) && p.AttachmentCount !== 0) // CIS: attached ones; an unknown count is examined
      .map((p) => managedExamined(p.Arn!, p, 'customer managed'));
    // AWS managed: the ones a principal holds, read from the principals (the answer may list unattached ones too).
    const awsManaged = [...holders.keys()].filter((arn) => AWS_MANAGED.test(arn)).sort().map((arn) => managedExamined(arn, byArn.get(arn), 'AWS managed'));
    const inline = (kind: string, arn: string | undefined, name: string | undefined, list: { PolicyName?: string; PolicyDocument?: string }[] | undefined): Examined[] =>
      (list ?? []).map((p) => ({
        ref: { arn: `${arn}/inline-policy/${p.PolicyName}`, id: `${kind}/${name}/${p.PolicyName}`, type: 'AWS::IAM::Policy' },
        what: `inline policy ${p.PolicyName} of ${kind} ${name}`,
        document: p.PolicyDocument,
        missing: 'has no policy document',
        evidence: {},
      }));
    const examined = [
      ...customer,
      ...awsManaged,
      ...details.users.flatMap((u) => inline('user', u.Arn, u.UserName, u.UserPolicyList)),
      ...details.groups.flatMap((g) => inline('group', g.Arn, g.GroupName, g.GroupPolicyList)),
      ...details.roles.flatMap((r) => inline('role', r.Arn, r.RoleName, r.RolePolicyList)),
    ];

    return result.forEach(examined, (e) => e.ref, (e) => {
      if (e.document === undefined) throw invalidData(source, `${e.what} ${e.missing}`);
      // GetAccountAuthorizationDetails returns documents URL-encoded; parsePolicyDocument decodes them.
      const doc = parseOrInvalid(source, e.what, () => parsePolicyDocument(e.document!));
      const admin = doc.Statement.filter((s) => isFullAdminStatement(s) || isAllowAllExceptStatement(s)).map(statementEvidence);
      return admin.length
        ? result.fail(e.ref, `${e.what} allows all actions on all resources in ${admin.length} statement(s)`, { adminStatements: admin, ...e.evidence })
        : result.pass(e.ref, `${e.what} has no statement allowing all actions on all resources`, { adminStatements: [], ...e.evidence });
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
