import { defineCheck } from '../../src/check/define.js';
import { listSome } from '../../src/util/text.js';
import { v2ApiArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'apigateway.http-api-route-authorization',
  title: 'HTTP API routes and WebSocket $connect routes require authorization',
  description:
    'A v2 route with AuthorizationType NONE lets anyone who can reach the endpoint invoke its integration. Judged for HTTP APIs: ' +
    'every route, $default included, must have an IAM, JWT or Lambda authorizer (HTTP APIs have no API keys). Judged for WebSocket ' +
    'APIs: the $connect route, where WebSocket authorization happens, must have an authorizer or require an API key; a WebSocket ' +
    'API without a $connect route accepts any connection and fails. Not judged: REST APIs (see apigateway.rest-api-authorization), ' +
    'what the authorizer accepts, and whether the execute-api endpoint is disabled.',
  service: 'apigateway',
  resourceType: 'AWS::ApiGatewayV2::Api',
  severity: 'high',
  duty: 'trigger-access',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Attach an authorizer (AWS_IAM, JWT or a Lambda authorizer) to each HTTP API route, or to the WebSocket $connect route.',
    cli: 'aws apigatewayv2 update-route --api-id <api-id> --route-id <route-id> --authorization-type JWT --authorizer-id <authorizer-id>',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html',
  },
  async run({ scope, inventory, result }) {
    const apis = await inventory.apigateway.httpApis(scope.region);
    const ref = (a: { ApiId?: string }) => ({ arn: v2ApiArn(scope.partition, scope.region, a.ApiId!), id: a.ApiId! });
    return result.forEach(apis, ref, async (api) => {
      const routes = await inventory.apigateway.routes(scope.region, api.ApiId!);
      const name = `${api.ProtocolType ?? 'v2'} API ${api.Name ?? api.ApiId} (${api.ApiId})`;
      const authorized = (r: (typeof routes)[number]) => (r.AuthorizationType ?? 'NONE') !== 'NONE';
      if (api.ProtocolType === 'WEBSOCKET') {
        const connect = routes.find((r) => r.RouteKey === '$connect');
        const evidence = {
          name: api.Name ?? null,
          ProtocolType: 'WEBSOCKET',
          connectRoute: connect ? { RouteKey: '$connect', AuthorizationType: connect.AuthorizationType ?? 'NONE', ApiKeyRequired: connect.ApiKeyRequired ?? false } : null,
        };
        if (!connect) return result.fail(ref(api), `${name} has no $connect route: any client may open a connection`, evidence);
        return authorized(connect) || connect.ApiKeyRequired === true
          ? result.pass(ref(api), `${name}: the $connect route requires authorization (${connect.AuthorizationType ?? 'NONE'}${connect.ApiKeyRequired ? ', API key' : ''})`, evidence)
          : result.fail(ref(api), `${name}: the $connect route has AuthorizationType NONE and no API key: any client may connect`, evidence);
      }
      if (api.ProtocolType !== 'HTTP') return [];
      const open = routes.filter((r) => !authorized(r)).map((r) => r.RouteKey ?? r.RouteId ?? '?').sort();
      const evidence = { name: api.Name ?? null, ProtocolType: 'HTTP', routesJudged: routes.length, routesWithoutAuthorization: open.slice(0, 50), routesWithoutAuthorizationCount: open.length };
      return open.length
        ? result.fail(ref(api), `${name}: ${open.length} route(s) with AuthorizationType NONE: ${listSome(open)}`, evidence)
        : result.pass(ref(api), `${name}: all ${routes.length} route(s) require authorization`, evidence);
    });
  },
});
