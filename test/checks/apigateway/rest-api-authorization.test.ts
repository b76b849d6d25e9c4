import { APIGatewayClient, GetResourcesCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/apigateway/rest-api-authorization.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, resource, restArn } from './fixtures.js';

const apigw = mockClient(APIGatewayClient);
beforeEach(() => apigw.reset());

describe('apigateway.rest-api-authorization', () => {
  it('PASS when every non-OPTIONS method has an authorizer or an API key; FAIL listing the open methods', async () => {
    apigw.on(GetRestApisCommand).resolves({
      items: [
        { id: 'good', name: 'orders', endpointConfiguration: { types: ['REGIONAL'] } },
        { id: 'bad', name: 'legacy', endpointConfiguration: { types: ['EDGE'] } },
      ],
    });
    apigw.on(GetResourcesCommand, { restApiId: 'good' }).resolves({
      items: [
        resource('/', { GET: { authorizationType: 'AWS_IAM' } }),
        resource('/orders', { POST: { authorizationType: 'COGNITO_USER_POOLS' }, GET: { apiKeyRequired: true }, OPTIONS: {} }),
      ],
    });
    apigw.on(GetResourcesCommand, { restApiId: 'bad' }).resolves({
      items: [resource('/', { GET: {} }), resource('/admin', { DELETE: {}, PUT: { authorizationType: 'CUSTOM' } })],
    });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'bad', arn: restArn('bad'), type: 'AWS::ApiGateway::RestApi' },
        message: expect.stringContaining('GET /, DELETE /admin'),
        evidence: { methodsJudged: 3, methodsWithoutAuthorization: ['GET /', 'DELETE /admin'], methodsWithoutAuthorizationCount: 2, endpointTypes: ['EDGE'] },
      },
      { status: 'PASS', resource: { id: 'good' }, evidence: { methodsJudged: 3, methodsWithoutAuthorization: [] }, srm: { duty: 'trigger-access', serviceModel: 'FaaS' } },
    ]);
    // One GetResources per API, methods embedded: no GetMethod per method.
    const calls = apigw.commandCalls(GetResourcesCommand);
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(c.args[0].input).toMatchObject({ embed: ['methods'] });
  });

  it('follows GetResources pagination and names at most 10 methods in the message', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'big', name: 'big', endpointConfiguration: { types: ['REGIONAL'] } }] });
    const page = (from: number) => Array.from({ length: 7 }, (_, i) => resource(`/p${String(from + i).padStart(2, '0')}`, { GET: {} }));
    apigw.on(GetResourcesCommand, { restApiId: 'big', position: undefined }).resolves({ items: page(0), position: 'next' });
    apigw.on(GetResourcesCommand, { restApiId: 'big', position: 'next' }).resolves({ items: page(7) });
    const [f] = await runCheck(check, { region: REGION });
    expect(f).toMatchObject({ status: 'FAIL', evidence: { methodsWithoutAuthorizationCount: 14 } });
    expect(f!.message).toContain('GET /p09 and 4 more');
    expect(f!.message).not.toContain('/p10');
  });

  it('PASS for a PRIVATE API whose open methods are fenced by a resource policy; FAIL for one without a policy', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: '*', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } }] });
    apigw.on(GetRestApisCommand).resolves({
      items: [
        { id: 'fenced', name: 'internal', endpointConfiguration: { types: ['PRIVATE'] }, policy },
        { id: 'nopolicy', name: 'internal2', endpointConfiguration: { types: ['PRIVATE'] } },
      ],
    });
    apigw.on(GetResourcesCommand).resolves({ items: [resource('/', { GET: {} })] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'fenced' }, evidence: { hasResourcePolicy: true, endpointTypes: ['PRIVATE'], note: expect.stringContaining('resource policy') } },
      { status: 'FAIL', resource: { id: 'nopolicy' }, message: expect.stringContaining('no resource policy'), evidence: { hasResourcePolicy: false } },
    ]);
  });

  it('ERROR naming apigateway:GET for the API whose resources are denied; the others keep their verdict', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'a', name: 'a' }, { id: 'b', name: 'b' }] });
    apigw.on(GetResourcesCommand, { restApiId: 'a' }).rejects(awsError('AccessDeniedException'));
    apigw.on(GetResourcesCommand, { restApiId: 'b' }).resolves({ items: [resource('/', { GET: { authorizationType: 'AWS_IAM' } })] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('apigateway:GET'), evidence: { iamAction: 'apigateway:GET' } },
      { status: 'PASS', resource: { id: 'b' } },
    ]);
  });

  it('ERROR naming apigateway:GET when GetRestApis is denied', async () => {
    apigw.on(GetRestApisCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('apigateway:GET') }]);
  });
});
