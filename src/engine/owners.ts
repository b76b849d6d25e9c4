/**
 * Names, tags and owning teams of findings. Tags come from the inventory's one bulk data set per
 * region (Resource Groups Tagging API GetResources, memoized: service discovery has already
 * fetched it, so this adds no call); OUs from the organization getters the account selection uses.
 * Checks never fetch tags. What could not be read is said on each finding it concerns
 * (owner.unresolved), never turned into a silent "no owner".
 */
import { InventoryError } from '../aws/errors.js';
import type { ResolvedCheck } from '../check/define.js';
import { srmTag } from '../srm/index.js';
import { buildFinding } from '../result/finding.js';
import type { OrganizationsInventory } from '../inventory/organizations.js';
import { decideOwner, hasOwnerMapping, safeTags, type OwnerMapping } from '../lib/owners.js';
import type { TagLike } from '../lib/tags.js';
import type { Finding } from '../result/finding.js';
import type { AccountTarget } from './runner.js';

interface AccountTags {
  /** ARN → the resource's tags as the API returned them. */
  byArn: Map<string, readonly TagLike[]>;
  /** Region → why its tags could not be read. */
  failed: Map<string, string>;
  /** Why IAM users' and roles' tags could not be read, when they were needed. */
  iamFailed?: string;
}

/** IAM users and roles: GetResources does not list them (AWS documents it), GetAccountAuthorizationDetails does, with their tags. */
const IAM_PRINCIPAL = /^arn:[^:]+:iam::\d{12}:(user|role)\//;

/**
 * The tags of an account's resources: the bulk GetResources listing of each region, plus the IAM
 * users and roles of GetAccountAuthorizationDetails (one bulk call, which the IAM checks have usually
 * made already) when a finding is about one.
 */
async function accountTags(t: AccountTarget, wantIam: boolean): Promise<AccountTags> {
  const byArn = new Map<string, readonly TagLike[]>();
  const failed = new Map<string, string>();
  await Promise.all(
    t.regions.map(async (region) => {
      try {
        for (const r of await t.inventory.tagging.resources(region)) if (r.ResourceARN) byArn.set(r.ResourceARN, r.Tags ?? []);
      } catch (err) {
        if (!(err instanceof InventoryError)) throw err;
        failed.set(region, err.describe());
      }
    }),
  );
  let iamFailed: string | undefined;
  const details = t.inventory.iam.authorizationDetails.peek() ?? (wantIam ? t.inventory.iam.authorizationDetails() : undefined);
  if (details) {
    try {
      const { users, roles } = await details;
      for (const p of [...users, ...roles]) if (p.Arn && !byArn.has(p.Arn)) byArn.set(p.Arn, p.Tags ?? []);
    } catch (err) {
      if (!(err instanceof InventoryError)) throw err;
      iamFailed = err.describe();
    }
  }
  return { byArn, failed, ...(iamFailed ? { iamFailed } : {}) };
}

/**
 * Account id → the nearest configured OU above it. Walks down from each configured OU (the same
 * memoized ListChildren / ListAccountsForParent the account selection uses); an account reached
 * from two configured OUs belongs to the one fewer levels above it.
 */
export async function accountOus(orgs: OrganizationsInventory, ous: readonly string[]): Promise<Map<string, string>> {
  const best = new Map<string, { ou: string; depth: number }>();
  for (const root of [...ous].sort()) {
    const seen = new Set<string>();
    let level = [root];
    for (let depth = 1; level.length; depth++) {
      const next: string[] = [];
      for (const ou of level) {
        if (seen.has(ou)) continue;
        seen.add(ou);
        for (const a of await orgs.accountsForParent(ou)) {
          const prev = a.Id ? best.get(a.Id) : undefined;
          if (a.Id && (!prev || depth < prev.depth)) best.set(a.Id, { ou: root, depth });
        }
        next.push(...(await orgs.childOus(ou)));
      }
      level = next;
    }
  }
  return new Map([...best].map(([id, v]) => [id, v.ou]));
}

/**
 * The pseudo-check an OU walk for `ouTeams` that failed is reported under: one ERROR, so a team
 * map that could not be applied is visible in every report, as a denied tag listing is
 * (tagging.service-discovery). Not a registered check, not in `scan.checks`.
 */
export const OU_TEAMS_CHECK: ResolvedCheck = {
  id: 'organizations.ou-teams-resolved',
  title: 'srm-audit can see which accounts sit under the OUs that ouTeams names',
  description: 'The config maps organizational units to owning teams (ouTeams). Applying it needs the accounts under each OU; when they cannot be listed, findings fall through to defaultTeam and say so.',
  service: 'organizations',
  resourceType: 'AWS::Organizations::OrganizationalUnit',
  severity: 'low',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'global',
  remediation: {
    text: 'Scan from the management or a delegated administrator account with organizations:ListChildren and organizations:ListAccountsForParent (in the policy `srm-audit policy` prints), or map accounts with accountTeams instead.',
    cli: 'srm-audit policy > srm-audit-policy.json',
    url: 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_ListAccountsForParent.html',
  },
  srm: srmTag('configuration-management', 'SaaS'),
  compliance: {},
  origin: 'builtin',
  run: () => Promise.resolve([]),
};

export interface OwnerOptions {
  mapping?: OwnerMapping;
  /** Where OUs are read for ouTeams (the management account's inventory in an organization scan). */
  organizations?: OrganizationsInventory;
  /** Set when the scan was interrupted: no more requests are made, and the findings say so. */
  interrupted?: boolean;
}

/** The findings with resource name and tags, and (when the config maps owners) their owning team. */
export async function attachOwners(findings: readonly Finding[], targets: readonly AccountTarget[], o: OwnerOptions = {}): Promise<Finding[]> {
  const mapping = hasOwnerMapping(o.mapping) ? o.mapping : undefined;
  if (o.interrupted) {
    if (!mapping) return [...findings];
    return findings.map((f) => ({ ...f, owner: decideOwner(mapping, { account: f.account, tags: undefined, unresolved: 'the scan was interrupted before tags were read' }) }));
  }
  const tags = new Map<string, AccountTags>();
  // IAM principals' tags are fetched only when they can decide a team: an owner tag is configured and a finding is about one.
  const iamAccounts = new Set(mapping?.ownerTags?.length ? findings.filter((f) => IAM_PRINCIPAL.test(f.resource.arn)).map((f) => f.account) : []);
  await Promise.all(targets.map(async (t) => tags.set(t.account, await accountTags(t, iamAccounts.has(t.account)))));

  let ous = new Map<string, string>();
  let ouProblem: string | undefined;
  const extra: Finding[] = [];
  const ouIds = Object.keys(mapping?.ouTeams ?? {});
  if (ouIds.length) {
    const orgs = o.organizations ?? targets[0]?.inventory.organizations;
    try {
      if (!orgs) throw new Error('no account to read the organization from');
      ous = await accountOus(orgs, ouIds);
    } catch (err) {
      if (!(err instanceof InventoryError) && orgs) throw err;
      ouProblem = `the accounts under the ouTeams OUs could not be listed: ${err instanceof InventoryError ? err.describe() : (err as Error).message}`;
      const t = targets[0];
      if (t) {
        extra.push(buildFinding(OU_TEAMS_CHECK, { account: t.account, region: 'global', partition: t.partition }, {
          status: 'ERROR',
          resource: { arn: `arn:${t.partition}:organizations::${t.account}:ou/*`, id: ouIds.join(', ') },
          message: `Could not apply ouTeams: ${ouProblem}`,
          evidence: err instanceof InventoryError ? { operation: `${err.service}:${err.operation}`, iamAction: err.iamAction, code: err.code } : {},
        }));
      }
    }
  }

  const safe = new Map<string, Record<string, string>>();
  return [...findings, ...extra].map((f) => {
    const acct = tags.get(f.account);
    const raw = acct?.byArn.get(f.resource.arn);
    let resourceTags: Record<string, string> | undefined;
    if (raw) resourceTags = safe.get(f.resource.arn) ?? safe.set(f.resource.arn, safeTags(raw)).get(f.resource.arn)!;
    // Not listed: untagged, unless the region that would have listed it could not be read.
    const failedHere = !acct
      ? 'the account was not scanned'
      : IAM_PRINCIPAL.test(f.resource.arn) ? acct.iamFailed
      : f.region === 'global' ? [...acct.failed.values()][0] : acct.failed.get(f.region);
    const unresolvedTags = !raw && failedHere ? `tags of ${f.account}/${f.region} could not be read: ${failedHere}` : undefined;
    const resource = { ...f.resource, ...(resourceTags?.['Name'] ? { name: resourceTags['Name'] } : {}), ...(resourceTags && Object.keys(resourceTags).length ? { tags: resourceTags } : {}) };
    if (!mapping) return { ...f, resource };
    const ou = ous.get(f.account);
    const owner = decideOwner(mapping, { account: f.account, tags: unresolvedTags ? undefined : (resourceTags ?? {}), ...(ou ? { ou } : {}) });
    // Unread data is named where it could have changed the answer: tags always rank first; OUs
    // only where neither a tag nor the account decided.
    const unresolved = [unresolvedTags, owner.by === 'default' || owner.by === 'none' ? ouProblem : undefined].filter(Boolean).join('; ');
    return { ...f, resource, owner: unresolved ? { ...owner, unresolved } : owner };
  });
}
