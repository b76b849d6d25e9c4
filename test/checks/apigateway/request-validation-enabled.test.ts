import { APIGatewayClient, GetResourcesCommand, GetRestApisCommand } from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/apigateway/request-validation-enabled.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION, resource, restArn } from './fixtures.js';

const apigw = mockClient(APIGatewayClient);
beforeEach(() => apigw.reset());

describe('apigateway.request-validation-enabled', () => {
  it('PASS when every POST/PUT/PATCH method has a validator, FAIL listing those without; no finding for an API without such methods', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'good', name: 'orders' }, { id: 'bad', name: 'legacy' }, { id: 'readonly', name: 'catalog' }] });
    apigw.on(GetResourcesCommand, { restApiId: 'good' }).resolves({
      items: [resource('/orders', { POST: { requestValidatorId: 'v1' }, GET: {}, OPTIONS: {} }), resource('/orders/{id}', { PUT: { requestValidatorId: 'v1' } })],
    });
    apigw.on(GetResourcesCommand, { restApiId: 'bad' }).resolves({
      items: [resource('/items', { POST: {}, PATCH: { requestValidatorId: 'v2' }, DELETE: {} }), resource('/items/{id}', { PUT: {} })],
    });
    apigw.on(GetResourcesCommand, { restApiId: 'readonly' }).resolves({ items: [resource('/', { GET: {} })] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      {
        status: 'FAIL',
        resource: { id: 'bad', arn: restArn('bad') },
        message: expect.stringContaining('2 of 3 POST/PUT/PATCH method(s) have no request validator: POST /items, PUT /items/{id}'),
        evidence: { methodsJudged: 3, methodsWithoutValidator: ['POST /items', 'PUT /items/{id}'], methodsWithoutValidatorCount: 2 },
      },
      { status: 'PASS', resource: { id: 'good' }, evidence: { methodsJudged: 2, methodsWithoutValidator: [] }, srm: { duty: 'input-validation', serviceModel: 'FaaS' } },
    ]);
  });

  it('ERROR naming apigateway:GET for the API whose resources are denied; the others keep their verdict', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'a' }, { id: 'b' }] });
    apigw.on(GetResourcesCommand, { restApiId: 'a' }).rejects(awsError('AccessDeniedException'));
    apigw.on(GetResourcesCommand, { restApiId: 'b' }).resolves({ items: [resource('/', { POST: {} })] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('apigateway:GET'), evidence: { iamAction: 'apigateway:GET' } },
      { status: 'FAIL', resource: { id: 'b' } },
    ]);
  });

  it('ERROR naming apigateway:GET when GetRestApis is denied', async () => {
    apigw.on(GetRestApisCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('apigateway:GET') }]);
  });
});
