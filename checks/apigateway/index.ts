import type { Check } from '../../src/check/define.js';
import httpApiRouteAuthorization from './http-api-route-authorization.js';
import requestValidationEnabled from './request-validation-enabled.js';
import restApiAuthorization from './rest-api-authorization.js';
import stageAccessLogging from './stage-access-logging.js';
import stageWafAssociated from './stage-waf-associated.js';

/** Built-in apigateway checks, sorted by id. */
export const apigatewayChecks: readonly Check[] = [
  httpApiRouteAuthorization,
  requestValidationEnabled,
  restApiAuthorization,
  stageAccessLogging,
  stageWafAssociated,
];
