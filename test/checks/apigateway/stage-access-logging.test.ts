import { APIGatewayClient, GetRestApisCommand, GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { ApiGatewayV2Client, GetApisCommand, GetStagesCommand as GetV2StagesCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/apigateway/stage-access-logging.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION } from './fixtures.js';

const apigw = mockClient(APIGatewayClient);
const v2 = mockClient(ApiGatewayV2Client);
beforeEach(() => {
  apigw.reset();
  v2.reset();
});
const LOGS = 'arn:aws:logs:eu-west-1:111122223333:log-group:api-access';

describe('apigateway.stage-access-logging', () => {
  it('PASS for REST and v2 stages with an access log destination, FAIL for those without', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'rest1', name: 'orders' }] });
    apigw.on(GetStagesCommand, { restApiId: 'rest1' }).resolves({ item: [{ stageName: 'prod', accessLogSettings: { destinationArn: LOGS, format: '$context.requestId' } }, { stageName: 'dev' }] });
    v2.on(GetApisCommand).resolves({ Items: [{ ApiId: 'http1', Name: 'web', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }] });
    v2.on(GetV2StagesCommand, { ApiId: 'http1' }).resolves({ Items: [{ StageName: '$default', AccessLogSettings: { DestinationArn: LOGS } }, { StageName: 'beta' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'PASS', resource: { id: 'http1/$default', arn: 'arn:aws:apigateway:eu-west-1::/apis/http1/stages/$default', type: 'AWS::ApiGatewayV2::Stage' }, evidence: { apiType: 'HTTP', destinationArn: LOGS } },
      { status: 'FAIL', resource: { id: 'http1/beta', type: 'AWS::ApiGatewayV2::Stage' }, evidence: { destinationArn: null } },
      { status: 'FAIL', resource: { id: 'rest1/dev', arn: 'arn:aws:apigateway:eu-west-1::/restapis/rest1/stages/dev', type: 'AWS::ApiGateway::Stage' }, evidence: { apiType: 'REST', destinationArn: null } },
      { status: 'PASS', resource: { id: 'rest1/prod' }, evidence: { destinationArn: LOGS, format: '$context.requestId' }, srm: { duty: 'logging', serviceModel: 'FaaS' } },
    ]);
  });

  it('ERROR naming apigateway:GET for a denied v2 listing; the REST stages keep their verdict', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'rest1', name: 'orders' }] });
    apigw.on(GetStagesCommand).resolves({ item: [{ stageName: 'prod', accessLogSettings: { destinationArn: LOGS } }] });
    v2.on(GetApisCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'apis', arn: 'arn:aws:apigateway:eu-west-1::/apis' }, message: expect.stringContaining('apigateway:GET'), evidence: { iamAction: 'apigateway:GET' } },
      { status: 'PASS', resource: { id: 'rest1/prod' } },
    ]);
  });

  it('ERROR for the one REST API whose stages are denied', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'a' }, { id: 'b' }] });
    apigw.on(GetStagesCommand, { restApiId: 'a' }).rejects(awsError('AccessDeniedException'));
    apigw.on(GetStagesCommand, { restApiId: 'b' }).resolves({ item: [{ stageName: 'prod' }] });
    v2.on(GetApisCommand).resolves({ Items: [] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a' }, message: expect.stringContaining('apigateway:GET') },
      { status: 'FAIL', resource: { id: 'b/prod' } },
    ]);
  });
});
