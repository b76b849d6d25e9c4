import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoResult } from '../harness/demo-result.js';
import ocsf from '../../reports/ocsf.js';
import type { ScanResult } from '../../src/result/result.js';

const root = join(import.meta.dirname, '..', '..');
let result: ScanResult;
beforeAll(async () => {
  result = await demoResult();
  result.findings[1]!.muted = true;
  result.findings[1]!.mute = { reason: 'accepted', by: 'secops' };
});

type Event = Record<string, unknown> & { severity_id: number; status_id: number; status_code: string; finding_info: { uid: string }; resources: { uid: string; region?: string }[]; cloud: { account: { uid: string }; region?: string }; remediation: { references: string[] }; unmapped: { srm: unknown; compliance: Record<string, string[]> } };

describe('ocsf report', () => {
  it('validates against the OCSF 1.1.0 Detection Finding requirements', async () => {
    const schema = JSON.parse(await readFile(join(root, 'test', 'fixtures', 'ocsf-1.1.0-detection-finding.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const events = JSON.parse(ocsf.render(result)) as unknown;
    expect(validate(events), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('maps status, severity, resource, account, region, remediation and compliance faithfully', () => {
    const events = JSON.parse(ocsf.render(result)) as Event[];
    expect(events).toHaveLength(result.findings.length);
    const sevId = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 } as const;
    result.findings.forEach((f, i) => {
      const e = events[i]!;
      expect(e.finding_info.uid).toBe(f.id);
      expect(e.status_code).toBe(f.status);
      expect(e.severity_id).toBe(sevId[f.severity]);
      expect(e.status_id).toBe(f.muted ? 3 : f.status === 'PASS' ? 4 : 1);
      expect(e.resources[0]!.uid).toBe(f.resource.arn);
      expect(e.cloud.account.uid).toBe(f.account);
      expect(e.cloud.region).toBe(f.region === 'global' ? undefined : f.region);
      expect(e.remediation.references).toEqual([f.remediation.url]);
      expect(e.unmapped.srm).toEqual(f.srm);
      expect(e.unmapped.compliance).toEqual(f.compliance);
    });
  });
});
