import type { ResolvedCheck } from '../check/define.js';
import type { OrganizationAccount, OrganizationsInventory } from '../inventory/organizations.js';
import { srmTag } from '../srm/index.js';
import { buildFinding, type Finding } from '../result/finding.js';

/** Accounts picked by id, by OU (recursively) or by tag (`key=value`, or `key` for any value). */
export interface OrgSelector {
  accounts?: string[];
  ous?: string[];
  tags?: string[];
}

/** `--organization` / config `organization`: scan every ACTIVE account of the organization. */
export interface OrganizationScan {
  /** The role assumed in every member account (default OrganizationAccountAccessRole). */
  roleName: string;
  externalId?: string;
  /** When it names anything, only matching accounts are scanned. */
  include?: OrgSelector;
  /** Matching accounts are never scanned (exclude wins over include). */
  exclude?: OrgSelector;
}

export const DEFAULT_ORG_ROLE = 'OrganizationAccountAccessRole';
export const ACCOUNT_ID = /^[0-9]{12}$/;
export const OU_ID = /^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/;
export const ROLE_NAME = /^[\w+=,.@/-]{1,64}$/;

/** Thrown for a selector value that cannot be right (bad account id, OU id or tag): exit 2. */
export class OrgSelectorError extends Error {}

export function memberRoleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** `key=value` → [key, value]; `key` → [key, undefined] (any value). */
export function parseTag(tag: string): [string, string | undefined] {
  const i = tag.indexOf('=');
  const [k, v] = i < 0 ? [tag, undefined] : [tag.slice(0, i), tag.slice(i + 1)];
  if (!k.trim()) throw new OrgSelectorError(`organization tag filter "${tag}" must be key=value or key`);
  return [k, v];
}

/** Checks every value of a selector, so a typo fails before any account is scanned. */
export function validateSelector(sel: OrgSelector | undefined, what: string): void {
  for (const a of sel?.accounts ?? []) if (!ACCOUNT_ID.test(a)) throw new OrgSelectorError(`${what} account "${a}" is not a 12-digit AWS account id`);
  for (const o of sel?.ous ?? []) if (!OU_ID.test(o)) throw new OrgSelectorError(`${what} OU "${o}" is not an organizational unit id (ou-xxxx-xxxxxxxx) or root id (r-xxxx)`);
  for (const t of sel?.tags ?? []) parseTag(t);
}

const isEmpty = (sel: OrgSelector | undefined) => !sel?.accounts?.length && !sel?.ous?.length && !sel?.tags?.length;
const active = (a: OrganizationAccount) => (a.State ?? a.Status) === 'ACTIVE';

/**
 * The ids of the organization's ACTIVE accounts that the include/exclude selectors keep, sorted.
 * OU filters walk the OU tree (ListAccountsForParent + ListChildren) only when a filter names an OU;
 * tags are read (ListTagsForResource) only when a filter names a tag, and only for listed accounts.
 */
export async function selectOrganizationAccounts(orgs: OrganizationsInventory, scan: Pick<OrganizationScan, 'include' | 'exclude'>): Promise<string[]> {
  const all = (await orgs.accounts()).filter(active).map((a) => a.Id ?? '').filter(Boolean);
  const underOu = async (ou: string, seen = new Set<string>()): Promise<Set<string>> => {
    const out = new Set<string>();
    if (seen.has(ou)) return out;
    seen.add(ou);
    for (const a of await orgs.accountsForParent(ou)) if (a.Id) out.add(a.Id);
    for (const child of await orgs.childOus(ou)) for (const id of await underOu(child, seen)) out.add(id);
    return out;
  };
  const matcher = async (sel: OrgSelector) => {
    const ids = new Set(sel.accounts ?? []);
    for (const ou of sel.ous ?? []) for (const id of await underOu(ou)) ids.add(id);
    const tags = (sel.tags ?? []).map(parseTag);
    return async (id: string) => {
      if (ids.has(id)) return true;
      if (!tags.length) return false;
      const own = await orgs.tags(id);
      return tags.some(([k, v]) => own.some((t) => t.Key === k && (v === undefined || t.Value === v)));
    };
  };
  let kept = [...new Set(all)].sort();
  if (!isEmpty(scan.include)) {
    const match = await matcher(scan.include!);
    const keep = await Promise.all(kept.map(match));
    kept = kept.filter((_, i) => keep[i]);
  }
  if (!isEmpty(scan.exclude)) {
    const match = await matcher(scan.exclude!);
    const drop = await Promise.all(kept.map(match));
    kept = kept.filter((_, i) => !drop[i]);
  }
  return kept;
}

/**
 * The pseudo-check an unreachable member account is reported under: one ERROR per account, built by
 * the one finding builder. It is not a registered check and not listed in `scan.checks`, so shard
 * results stay mergeable whichever shard met the unreachable account.
 */
export const ACCOUNT_ACCESS_CHECK: ResolvedCheck = {
  id: 'organizations.member-account-access',
  title: 'srm-audit can assume its role in every organization member account',
  description: 'An organization scan assumes a named role in each member account. An account where that fails was not scanned at all: every duty in it is unknown.',
  service: 'organizations',
  resourceType: 'AWS::Organizations::Account',
  severity: 'high',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Deploy the scan role in the member account (for example with a CloudFormation StackSet from the management account), with a trust policy that lets the scanning identity assume it, the external id if one is configured, and the read-only policy from `srm-audit policy`.',
    cli: 'srm-audit policy > srm-audit-policy.json',
    url: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_access.html',
  },
  srm: srmTag('configuration-management', 'SaaS'),
  compliance: {},
  origin: 'builtin',
  run: () => Promise.resolve([]),
};

export interface AccountFailure {
  account: string;
  partition: string;
  roleArn: string;
  code: string;
  message: string;
  /** 'assume': the role could not be assumed; 'plan': it was, but the account's regions could not be planned. */
  stage: 'assume' | 'plan';
}

/** The ERROR finding of a member account that could not be scanned. */
export function accountErrorFinding(f: AccountFailure): Finding {
  return buildFinding(ACCOUNT_ACCESS_CHECK, { account: f.account, region: 'global', partition: f.partition }, {
    status: 'ERROR',
    resource: { arn: `arn:${f.partition}:iam::${f.account}:root`, id: f.account, type: 'AWS::Organizations::Account' },
    message: f.stage === 'assume'
      ? `Could not scan account ${f.account}: assuming role ${f.roleArn} failed with ${f.code}: ${f.message}`
      : `Could not scan account ${f.account} (through role ${f.roleArn}): ${f.message}`,
    evidence: { roleArn: f.roleArn, code: f.code, ...(f.stage === 'assume' ? { iamAction: 'sts:AssumeRole' } : {}) },
  });
}
