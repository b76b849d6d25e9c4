import { DUTIES, type DutyId } from './duties.js';
import { LAYERS, type LayerId, type Owner } from './layers.js';
import type { ServiceModel } from './service-models.js';

export * from './duties.js';
export * from './layers.js';
export * from './service-models.js';

export interface SrmTag {
  layer: LayerId;
  serviceModel: ServiceModel;
  owner: Owner;
  duty: DutyId;
}

/** The one place an owner is decided: duty → layer, then layer × service model in the matrix. */
export function srmTag(duty: DutyId, serviceModel: ServiceModel): SrmTag {
  const layer = DUTIES[duty].layer;
  return { layer, serviceModel, owner: LAYERS[layer].owner[serviceModel], duty };
}
