import { SEVERITIES, type Severity } from '../../src/srm/severity.js';
import type { Finding } from '../../src/result/finding.js';
import type { ScanResult } from '../../src/result/result.js';
import { dutyGaps } from '../../src/result/duty-gaps.js';
import { DUTIES, DUTY_IDS, LAYER_IDS, LAYERS, PROVIDER_ATTESTED_LAYERS, SERVICE_MODELS, type DutyId, type LayerId, type Owner, type ServiceModel } from '../../src/srm/index.js';

/** What the HTML report shows, derived from the canonical result only (plus static SRM data). */
export interface MatrixCell {
  owner: Owner;
  inherited: boolean;
  dutiesMet: number;
  dutiesUnmet: number;
  dutiesUnknown: number;
  worst?: Severity;
}

const open = (f: Finding) => !f.muted && f.status === 'FAIL';
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Service models present in the scanned estate, in table order. */
export function modelsPresent(result: ScanResult): ServiceModel[] {
  const present = new Set(result.findings.map((f) => f.srm.serviceModel));
  return SERVICE_MODELS.filter((m) => present.has(m));
}

export function matrix(result: ScanResult): { layers: LayerId[]; models: ServiceModel[]; cells: Record<string, MatrixCell> } {
  const models = modelsPresent(result);
  const cells: Record<string, MatrixCell> = {};
  for (const layer of LAYER_IDS) {
    for (const model of models) {
      const owner = LAYERS[layer].owner[model];
      const fs = result.findings.filter((f) => f.srm.layer === layer && f.srm.serviceModel === model);
      const byDuty = new Map<DutyId, Finding[]>();
      for (const f of fs) byDuty.set(f.srm.duty, [...(byDuty.get(f.srm.duty) ?? []), f]);
      let met = 0;
      let unmet = 0;
      let unknown = 0;
      for (const list of byDuty.values()) {
        if (list.some(open)) unmet++;
        else if (list.some((f) => !f.muted && f.status === 'ERROR')) unknown++;
        else met++;
      }
      const worst = fs.filter(open).map((f) => f.severity).sort((a, b) => rank(a) - rank(b))[0];
      cells[`${layer}|${model}`] = { owner, inherited: owner === 'csp' || PROVIDER_ATTESTED_LAYERS.includes(layer), dutiesMet: met, dutiesUnmet: unmet, dutiesUnknown: unknown, ...(worst ? { worst } : {}) };
    }
  }
  return { layers: LAYER_IDS, models, cells };
}

export function dutyRows(result: ScanResult, view: { owner?: string } = {}) {
  const gaps = dutyGaps(result, view);
  return DUTY_IDS.map((id) => {
    const d = result.summary.duty[id];
    // Resource id → its Name tag ('' when it has none), one entry per resource.
    const failing = [...new Map(result.findings.filter((f) => f.srm.duty === id && open(f)).map((f) => [f.resource.id, f.resource.name ?? ''])).entries()];
    return { ...d, id, title: DUTIES[id].title, layer: LAYERS[d.layer].name, failing, ...(gaps[id] ? { gap: gaps[id] } : {}) };
  });
}
