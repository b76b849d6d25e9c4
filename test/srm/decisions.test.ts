import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinChecks } from '../../checks/index.js';
import { Registry } from '../../src/check/registry.js';
import { DUTIES, DUTY_IDS } from '../../src/srm/index.js';

const page = () => readFile(join(import.meta.dirname, '..', '..', 'docs', 'srm-decisions.md'), 'utf8');

/** docs/srm-decisions.md records each duty's layer and the questioned checks' duties: it must say what the data says. */
describe('SRM layer decisions page', () => {
  it('lists every duty once, with the layer the data gives it', async () => {
    const rows = [...(await page()).matchAll(/^\| `([a-z-]+)` \| ([a-z]+) \|/gm)].map((m) => [m[1], m[2]]);
    expect(rows.map(([id]) => id)).toEqual(DUTY_IDS);
    for (const [id, layer] of rows) expect(DUTIES[id as keyof typeof DUTIES].layer, id).toBe(layer);
  });

  it('names only checks that exist, and the ones it keeps on a duty are on it', async () => {
    const text = await page();
    const registry = await Registry.create(builtinChecks);
    // `-nacl-changes` in a list of cloudwatch alarms abbreviates `cloudwatch.alarm-nacl-changes`.
    const ids = [...text.matchAll(/`(-[a-z0-9-]+|[a-z0-9]+\.[a-z0-9-]+)`/g)].map((m) => (m[1]!.startsWith('-') ? `cloudwatch.alarm${m[1]}` : m[1]!));
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(registry.get(id), id).toBeDefined();
    const monitoring = ids.filter((id) => id.startsWith('cloudwatch.alarm') || ['guardduty.enabled', 'cloudtrail.insights-enabled', 'accessanalyzer.enabled', 'cognito.user-pool-threat-protection-enforced'].includes(id));
    expect(monitoring).toHaveLength(19);
    for (const id of monitoring) expect(registry.get(id)!.duty, id).toBe('monitoring');
    expect(registry.get('ec2.snapshot-not-public')!.srm).toMatchObject({ duty: 'identity-access', layer: 'identity', owner: 'customer' });
  });
});
