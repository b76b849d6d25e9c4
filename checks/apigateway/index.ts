import type { Check } from '../../src/check/define.js';

/** Built-in apigateway checks, sorted by id. */
export const apigatewayChecks: readonly Check[] = [];
