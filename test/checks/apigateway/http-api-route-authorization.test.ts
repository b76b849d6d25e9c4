import { ApiGatewayV2Client, GetApisCommand, GetRoutesCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/apigateway/http-api-route-authorization.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, v2Arn } from './fixtures.js';

const v2 = mockClient(ApiGatewayV2Client);
beforeEach(() => v2.reset());

describe('apigateway.http-api-route-authorization', () => {
  it('HTTP APIs: PASS when every route has an authorizer, FAIL naming open routes ($default included; API keys do not count)', async () => {
    v2.on(GetApisCommand).resolves({
      Items: [
        { ApiId: 'good', Name: 'orders', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' },
        { ApiId: 'bad', Name: 'legacy', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' },
      ],
    });
    v2.on(GetRoutesCommand, { ApiId: 'good' }).resolves({ Items: [{ RouteKey: 'GET /orders', AuthorizationType: 'JWT' }, { RouteKey: 'POST /orders', AuthorizationType: 'AWS_IAM' }] });
    v2.on(GetRoutesCommand, { ApiId: 'bad' }).resolves({
      Items: [{ RouteKey: '$default', AuthorizationType: 'NONE' }, { RouteKey: 'GET /keyed', AuthorizationType: 'NONE', ApiKeyRequired: true }, { RouteKey: 'GET /ok', AuthorizationType: 'CUSTOM' }],
    });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'bad', arn: v2Arn('bad'), type: 'AWS::ApiGatewayV2::Api' },
        message: expect.stringContaining('$default, GET /keyed'),
        evidence: { ProtocolType: 'HTTP', routesJudged: 3, routesWithoutAuthorization: ['$default', 'GET /keyed'], routesWithoutAuthorizationCount: 2 },
      },
      { status: 'PASS', resource: { id: 'good' }, evidence: { routesJudged: 2, routesWithoutAuthorization: [] }, srm: { duty: 'trigger-access', serviceModel: 'FaaS' } },
    ]);
  });

  it('WebSocket APIs: the $connect route is judged; an API key counts; a missing $connect fails', async () => {
    v2.on(GetApisCommand).resolves({
      Items: [
        { ApiId: 'ws-iam', Name: 'a', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' },
        { ApiId: 'ws-key', Name: 'b', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' },
        { ApiId: 'ws-open', Name: 'c', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' },
        { ApiId: 'ws-none', Name: 'd', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' },
      ],
    });
    // Routes other than $connect cannot carry an authorizer on a WebSocket API: they are not judged.
    v2.on(GetRoutesCommand, { ApiId: 'ws-iam' }).resolves({ Items: [{ RouteKey: '$connect', AuthorizationType: 'AWS_IAM' }, { RouteKey: 'sendmessage', AuthorizationType: 'NONE' }] });
    v2.on(GetRoutesCommand, { ApiId: 'ws-key' }).resolves({ Items: [{ RouteKey: '$connect', AuthorizationType: 'NONE', ApiKeyRequired: true }] });
    v2.on(GetRoutesCommand, { ApiId: 'ws-open' }).resolves({ Items: [{ RouteKey: '$connect', AuthorizationType: 'NONE' }] });
    v2.on(GetRoutesCommand, { ApiId: 'ws-none' }).resolves({ Items: [{ RouteKey: '$default', AuthorizationType: 'NONE' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'ws-iam' }, evidence: { connectRoute: { AuthorizationType: 'AWS_IAM' } } },
      { status: 'PASS', resource: { id: 'ws-key' }, evidence: { connectRoute: { ApiKeyRequired: true } } },
      { status: 'FAIL', resource: { id: 'ws-none' }, message: expect.stringContaining('no $connect route'), evidence: { connectRoute: null } },
      { status: 'FAIL', resource: { id: 'ws-open' }, evidence: { connectRoute: { AuthorizationType: 'NONE', ApiKeyRequired: false } } },
    ]);
  });

  it('ERROR naming apigateway:GET for the API whose routes are denied; the others keep their verdict', async () => {
    v2.on(GetApisCommand).resolves({ Items: [{ ApiId: 'a', Name: 'a', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }, { ApiId: 'b', Name: 'b', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }] });
    v2.on(GetRoutesCommand, { ApiId: 'a' }).rejects(awsError('AccessDeniedException'));
    v2.on(GetRoutesCommand, { ApiId: 'b' }).resolves({ Items: [{ RouteKey: 'GET /', AuthorizationType: 'NONE' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('apigateway:GET'), evidence: { iamAction: 'apigateway:GET' } },
      { status: 'FAIL', resource: { id: 'b' } },
    ]);
  });

  it('ERROR naming apigateway:GET when GetApis is denied', async () => {
    v2.on(GetApisCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('apigateway:GET') }]);
  });
});
