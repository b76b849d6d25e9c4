/**
 * Blind spots, named: which services hold resources in each scanned account and region (read-only,
 * from the Resource Groups Tagging API), and which of them no selected check judges. A region whose
 * resources could not be listed is an ERROR finding, never silence.
 */
import type { ResolvedCheck } from '../check/define.js';
import { InventoryError } from '../aws/errors.js';
import { arnService, isJudged } from '../lib/service-coverage.js';
import { buildFinding, type Finding } from '../result/finding.js';
import type { Coverage } from '../result/result.js';
import { srmTag } from '../srm/index.js';
import type { AccountTarget } from './runner.js';

export const SERVICE_DISCOVERY_CHECK: ResolvedCheck = {
  id: 'tagging.service-discovery',
  title: 'srm-audit can see which services hold resources in every scanned region',
  description:
    'Before a duty can read "met", the scan must know what it did not look at. srm-audit lists the tagged resources of each region ' +
    '(Resource Groups Tagging API GetResources) and names the services in use that no check judges. A region it cannot list is a blind spot of its own.',
  service: 'tagging',
  resourceType: 'AWS::Organizations::Account',
  severity: 'medium',
  duty: 'configuration-management',
  serviceModel: 'SaaS',
  scope: 'regional',
  remediation: {
    text: 'Grant the scanning identity tag:GetResources (it is in the policy `srm-audit policy` prints).',
    cli: 'srm-audit policy > srm-audit-policy.json',
    url: 'https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html',
  },
  srm: srmTag('configuration-management', 'SaaS'),
  compliance: {},
  origin: 'builtin',
  run: () => Promise.resolve([]),
};

/** Lists every target region's resources (concurrently, under the request budget) and compares with the checks' services. */
export async function discoverCoverage(targets: readonly AccountTarget[], checks: readonly ResolvedCheck[]): Promise<{ coverage: Coverage; findings: Finding[] }> {
  const checkServices = new Set<string>(checks.map((c) => c.service));
  const coverage: Coverage = { source: 'tagging:GetResources', regions: [], unjudged: [] };
  const findings: Finding[] = [];
  await Promise.all(
    targets.flatMap((t) =>
      t.regions.map(async (region) => {
        try {
          const resources = await t.inventory.tagging.resources(region);
          const services: Record<string, number> = {};
          for (const r of resources) {
            const s = arnService(r.ResourceARN ?? '');
            if (s) services[s] = (services[s] ?? 0) + 1;
          }
          coverage.regions.push({ account: t.account, region, status: 'discovered', services: sortedRecord(services) });
          for (const [service, n] of Object.entries(services)) {
            if (!isJudged(service, checkServices)) coverage.unjudged.push({ account: t.account, region, service, resources: n });
          }
        } catch (err) {
          if (!(err instanceof InventoryError)) throw err;
          coverage.regions.push({ account: t.account, region, status: 'error', error: err.describe() });
          findings.push(
            buildFinding(SERVICE_DISCOVERY_CHECK, { account: t.account, region, partition: t.partition }, {
              status: 'ERROR',
              resource: { arn: `arn:${t.partition}:tag:${region}:${t.account}:*`, id: `${t.account}/${region}` },
              message: `Could not list the resources of ${t.account}/${region}, so the services no check judges there are unknown: ${err.describe()}`,
              evidence: { operation: `${err.service}:${err.operation}`, iamAction: err.iamAction, code: err.code },
            }),
          );
        }
      }),
    ),
  );
  coverage.regions.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region));
  coverage.unjudged.sort((a, b) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.service.localeCompare(b.service));
  return { coverage, findings };
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}
