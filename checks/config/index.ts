import type { Check } from '../../src/check/define.js';
import aggregatedCentrally from './aggregated-centrally.js';
import deliveryChannelConfigured from './delivery-channel-configured.js';
import globalResourcesRecorded from './global-resources-recorded.js';
import recorderEnabled from './recorder-enabled.js';

/** Built-in config checks, sorted by id. */
export const configChecks: readonly Check[] = [
  aggregatedCentrally,
  deliveryChannelConfigured,
  globalResourcesRecorded,
  recorderEnabled,
];
