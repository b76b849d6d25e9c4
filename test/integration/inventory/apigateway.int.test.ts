import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRequestValidatorCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  CreateStageCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutMethodCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, CreateApiCommand, CreateRouteCommand, CreateStageCommand as CreateV2StageCommand } from '@aws-sdk/client-apigatewayv2';
import { CreateWebACLCommand, AssociateWebACLCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { beforeAll, describe, expect, it } from 'vitest';
import httpRoutes from '../../../checks/apigateway/http-api-route-authorization.js';
import requestValidation from '../../../checks/apigateway/request-validation-enabled.js';
import restAuth from '../../../checks/apigateway/rest-api-authorization.js';
import accessLogging from '../../../checks/apigateway/stage-access-logging.js';
import wafAssociated from '../../../checks/apigateway/stage-waf-associated.js';
import type { Check } from '../../../src/check/define.js';
import { motoInventory, seedClient } from '../../harness/moto-account.js';
import { runCheck } from '../../harness/run-check.js';

const ACCOUNT = '290000000007';
const REGION = 'eu-west-1';
const LOGS = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:api-access`;
const ids = { shop: '', locked: '', internal: '', http: '', ws: '' };

beforeAll(async () => {
  const apigw = seedClient(APIGatewayClient, ACCOUNT, REGION);
  // shop: GET /items open, POST /items behind IAM with a validator, PUT /items behind IAM without one.
  ids.shop = (await apigw.send(new CreateRestApiCommand({ name: 'shop', endpointConfiguration: { types: ['REGIONAL'] } }))).id!;
  const root = (await apigw.send(new GetResourcesCommand({ restApiId: ids.shop }))).items!.find((r) => r.path === '/')!.id!;
  const items = (await apigw.send(new CreateResourceCommand({ restApiId: ids.shop, parentId: root, pathPart: 'items' }))).id!;
  const validator = (await apigw.send(new CreateRequestValidatorCommand({ restApiId: ids.shop, name: 'body', validateRequestBody: true, validateRequestParameters: true }))).id!;
  const method = async (restApiId: string, resourceId: string, httpMethod: string, authorizationType: string, extra: Record<string, unknown> = {}) => {
    await apigw.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType, ...extra }));
    await apigw.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod, type: 'MOCK' }));
  };
  await method(ids.shop, items, 'GET', 'NONE');
  await method(ids.shop, items, 'POST', 'AWS_IAM', { requestValidatorId: validator });
  await method(ids.shop, items, 'PUT', 'AWS_IAM');
  await method(ids.shop, items, 'OPTIONS', 'NONE'); // CORS preflight: never judged
  const deployment = (await apigw.send(new CreateDeploymentCommand({ restApiId: ids.shop }))).id!;
  await apigw.send(new CreateStageCommand({ restApiId: ids.shop, stageName: 'prod', deploymentId: deployment }));
  await apigw.send(new CreateStageCommand({ restApiId: ids.shop, stageName: 'dev', deploymentId: deployment }));
  await apigw.send(new UpdateStageCommand({ restApiId: ids.shop, stageName: 'prod', patchOperations: [{ op: 'replace', path: '/accessLogSettings/destinationArn', value: LOGS }, { op: 'replace', path: '/accessLogSettings/format', value: '$context.requestId' }] }));

  // locked: every method behind IAM or an API key; an EDGE API without a web ACL on its stage.
  ids.locked = (await apigw.send(new CreateRestApiCommand({ name: 'locked', endpointConfiguration: { types: ['EDGE'] } }))).id!;
  const lockedRoot = (await apigw.send(new GetResourcesCommand({ restApiId: ids.locked }))).items!.find((r) => r.path === '/')!.id!;
  await method(ids.locked, lockedRoot, 'GET', 'AWS_IAM');
  await method(ids.locked, lockedRoot, 'DELETE', 'NONE', { apiKeyRequired: true });
  const lockedDeployment = (await apigw.send(new CreateDeploymentCommand({ restApiId: ids.locked }))).id!;
  await apigw.send(new CreateStageCommand({ restApiId: ids.locked, stageName: 'live', deploymentId: lockedDeployment }));

  // internal: PRIVATE endpoint with an open method, fenced by a resource policy.
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0123456789abcdef0' } } }] });
  ids.internal = (await apigw.send(new CreateRestApiCommand({ name: 'internal', endpointConfiguration: { types: ['PRIVATE'] }, policy }))).id!;
  const internalRoot = (await apigw.send(new GetResourcesCommand({ restApiId: ids.internal }))).items!.find((r) => r.path === '/')!.id!;
  await method(ids.internal, internalRoot, 'GET', 'NONE');

  // A web ACL on shop/prod (moto's wafv2 writes webAclArn onto the API Gateway stage).
  const waf = seedClient(WAFV2Client, ACCOUNT, REGION);
  const acl = (await waf.send(new CreateWebACLCommand({ Name: 'api', Scope: 'REGIONAL', DefaultAction: { Allow: {} }, VisibilityConfig: { SampledRequestsEnabled: false, CloudWatchMetricsEnabled: false, MetricName: 'api' } }))).Summary!.ARN!;
  await waf.send(new AssociateWebACLCommand({ WebACLArn: acl, ResourceArn: `arn:aws:apigateway:${REGION}::/restapis/${ids.shop}/stages/prod` }));

  const v2 = seedClient(ApiGatewayV2Client, ACCOUNT, REGION);
  ids.http = (await v2.send(new CreateApiCommand({ Name: 'web', ProtocolType: 'HTTP' }))).ApiId!;
  await v2.send(new CreateRouteCommand({ ApiId: ids.http, RouteKey: 'GET /public', AuthorizationType: 'NONE' }));
  await v2.send(new CreateRouteCommand({ ApiId: ids.http, RouteKey: 'POST /orders', AuthorizationType: 'AWS_IAM' }));
  await v2.send(new CreateV2StageCommand({ ApiId: ids.http, StageName: '$default', AccessLogSettings: { DestinationArn: LOGS, Format: '$context.requestId' } }));
  await v2.send(new CreateV2StageCommand({ ApiId: ids.http, StageName: 'beta' }));
  ids.ws = (await v2.send(new CreateApiCommand({ Name: 'chat', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }))).ApiId!;
  await v2.send(new CreateRouteCommand({ ApiId: ids.ws, RouteKey: '$connect', AuthorizationType: 'AWS_IAM' }));
  await v2.send(new CreateRouteCommand({ ApiId: ids.ws, RouteKey: 'sendmessage', AuthorizationType: 'NONE' }));
});

describe('API Gateway against moto', () => {
  const statuses = async (check: Check, inventory: ReturnType<typeof motoInventory>['inventory']) =>
    Object.fromEntries((await runCheck(check, { region: REGION, inventory, account: ACCOUNT })).map((f) => [f.resource.id, f.status]));

  it('REST API authorization and request validation judged per API, one GetResources per API shared by both checks', async () => {
    const { inventory, stats, errors } = motoInventory(ACCOUNT);
    expect(await statuses(restAuth, inventory)).toEqual({ [ids.shop]: 'FAIL', [ids.locked]: 'PASS', [ids.internal]: 'PASS' });
    expect(await statuses(requestValidation, inventory)).toEqual({ [ids.shop]: 'FAIL' });
    const [shop] = (await runCheck(restAuth, { region: REGION, inventory, account: ACCOUNT })).filter((f) => f.resource.id === ids.shop);
    expect(shop).toMatchObject({ message: expect.stringContaining('GET /items'), evidence: { methodsWithoutAuthorization: ['GET /items'], methodsJudged: 3 } });
    const [internal] = (await runCheck(restAuth, { region: REGION, inventory, account: ACCOUNT })).filter((f) => f.resource.id === ids.internal);
    expect(internal).toMatchObject({ evidence: { endpointTypes: ['PRIVATE'], hasResourcePolicy: true } });
    expect(stats.byOperation.get('apigateway:GetRestApis')).toBe(1);
    expect(stats.byOperation.get('apigateway:GetResources')).toBe(3);
    expect(errors).toEqual([]);
  });

  it('HTTP API routes and the WebSocket $connect route', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(httpRoutes, inventory)).toEqual({ [ids.http]: 'FAIL', [ids.ws]: 'PASS' });
    expect(stats.byOperation.get('apigatewayv2:GetApis')).toBe(1);
    expect(stats.byOperation.get('apigatewayv2:GetRoutes')).toBe(2);
  });

  it('stage access logs (REST and v2) and web ACLs (REST, non-private)', async () => {
    const { inventory, stats } = motoInventory(ACCOUNT);
    expect(await statuses(accessLogging, inventory)).toEqual({
      [`${ids.shop}/prod`]: 'PASS',
      [`${ids.shop}/dev`]: 'FAIL',
      [`${ids.locked}/live`]: 'FAIL',
      [`${ids.http}/$default`]: 'PASS',
      [`${ids.http}/beta`]: 'FAIL',
    });
    expect(await statuses(wafAssociated, inventory)).toEqual({ [`${ids.shop}/prod`]: 'PASS', [`${ids.shop}/dev`]: 'FAIL', [`${ids.locked}/live`]: 'FAIL' });
    // The internal API has no stage and is PRIVATE: judged by neither stage check. GetStages is memoized across both checks.
    expect(stats.byOperation.get('apigateway:GetStages')).toBe(3);
  });
});
