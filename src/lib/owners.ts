/**
 * Who owns a finding's resource: names, tags and the team mapping of the config (ownerTags,
 * accountTeams, ouTeams, defaultTeam). Pure: the engine hands in tags it already read in bulk.
 */
import { detectSecrets, redactionMarker, redactSecretsInText } from './secrets.js';
import type { TagLike } from './tags.js';

/** The config keys that assign findings to teams. */
export interface OwnerMapping {
  /** Tag keys, tried in order; the first the resource carries (with a non-empty value) names its team. */
  ownerTags?: string[];
  /** Account id → team. */
  accountTeams?: Record<string, string>;
  /** OU (or root) id → team, for every account under it; the nearest configured OU wins. */
  ouTeams?: Record<string, string>;
  /** The team of a finding nothing else assigns. */
  defaultTeam?: string;
}

/** How a finding's team was decided, in precedence order (then 'none': no rule matched). */
export type OwnerSource = 'tag' | 'account' | 'ou' | 'default' | 'none';

/** `finding.owner` (optional in schemaVersion 1). */
export interface FindingOwner {
  /** Absent when no rule matched and no defaultTeam is set. */
  team?: string;
  by: OwnerSource;
  /** The tag key (by 'tag'), account id (by 'account') or OU id (by 'ou') that decided. */
  key?: string;
  /**
   * Data the decision needed but could not read (a denied tag:GetResources, an OU walk that
   * failed): the team shown is what remained, never a silent "unowned".
   */
  unresolved?: string;
}

export const hasOwnerMapping = (m: OwnerMapping | undefined): m is OwnerMapping =>
  !!m && (!!m.ownerTags?.length || !!Object.keys(m.accountTeams ?? {}).length || !!Object.keys(m.ouTeams ?? {}).length || !!m.defaultTeam);

/**
 * A resource's tags as a key → value record safe to print: a value whose key or content says it is
 * a credential (the secret detector of src/lib/secrets.ts) becomes its redaction marker; any other
 * value loses embedded credentials of a known format.
 */
export function safeTags(tags: readonly TagLike[]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const t of tags) if (t.Key !== undefined) raw[t.Key] = t.Value ?? '';
  const hits = new Map(detectSecrets(raw).map((h) => [h.name, h.kinds]));
  return Object.fromEntries(
    Object.entries(raw)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [redactSecretsInText(k), hits.has(k) ? redactionMarker(hits.get(k)!) : redactSecretsInText(v)]),
  );
}

export interface OwnerFacts {
  account: string;
  /** The resource's tags (already safe), undefined when they could not be read. */
  tags: Readonly<Record<string, string>> | undefined;
  /** The configured OU the account sits under (nearest), if any. */
  ou?: string;
  /** What could not be read (tags, OUs), said on the finding. */
  unresolved?: string;
}

/** The team of one finding: owner tag (in ownerTags order), then account, then OU, then defaultTeam. */
export function decideOwner(m: OwnerMapping, f: OwnerFacts): FindingOwner {
  const extra = f.unresolved ? { unresolved: f.unresolved } : {};
  for (const key of m.ownerTags ?? []) {
    const v = f.tags?.[key]?.trim();
    if (v) return { team: v, by: 'tag', key, ...extra };
  }
  const byAccount = m.accountTeams?.[f.account];
  if (byAccount) return { team: byAccount, by: 'account', key: f.account, ...extra };
  const byOu = f.ou ? m.ouTeams?.[f.ou] : undefined;
  if (byOu) return { team: byOu, by: 'ou', key: f.ou!, ...extra };
  if (m.defaultTeam) return { team: m.defaultTeam, by: 'default', ...extra };
  return { by: 'none', ...extra };
}
