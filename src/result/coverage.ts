import type { Coverage } from './result.js';

/** One service in use that no check judged, summed over the scanned accounts and regions. */
export interface UnjudgedService {
  service: string;
  resources: number;
  /** `account/region` scopes where it holds resources. */
  scopes: string[];
}

/** The blind spots of a result, by service, most resources first: what reports name. */
export function unjudgedServices(coverage: Coverage | undefined): UnjudgedService[] {
  const by = new Map<string, UnjudgedService>();
  for (const u of coverage?.unjudged ?? []) {
    const s = by.get(u.service) ?? { service: u.service, resources: 0, scopes: [] };
    s.resources += u.resources;
    s.scopes.push(`${u.account}/${u.region}`);
    by.set(u.service, s);
  }
  return [...by.values()].sort((a, b) => b.resources - a.resources || a.service.localeCompare(b.service));
}

/** `account/region` scopes whose resources could not be listed: discovery itself is blind there. */
export function undiscoveredScopes(coverage: Coverage | undefined): string[] {
  return (coverage?.regions ?? []).filter((r) => r.status === 'error').map((r) => `${r.account}/${r.region}`);
}

/** One sentence on what the service discovery saw, for every report format. */
export function coverageSentence(coverage: Coverage | undefined): string {
  if (!coverage) return 'This result does not record which services are in use (it was written by an older srm-audit): services no check judged are unknown.';
  const blind = undiscoveredScopes(coverage);
  const unjudged = unjudgedServices(coverage);
  const parts = [
    unjudged.length
      ? `Services holding resources that no check of this scan judged: ${unjudged.map((u) => `${u.service} (${u.resources} resource${u.resources === 1 ? '' : 's'})`).join(', ')}. Their duties read nothing about them.`
      : 'Every service holding tagged resources in the scanned regions is judged by at least one check of this scan.',
  ];
  if (blind.length) parts.push(`Resources could not be listed in ${blind.join(', ')}: services in use there are unknown.`);
  parts.push('Discovery lists tagged resources (Resource Groups Tagging API); a service whose resources never carried a tag is not seen.');
  return parts.join(' ');
}
