import { APIGatewayClient, GetRestApisCommand, GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import check from '../../../checks/apigateway/stage-waf-associated.js';
import { awsError } from '../../harness/aws.js';
import { runCheck } from '../../harness/run-check.js';
import { REGION } from './fixtures.js';

const apigw = mockClient(APIGatewayClient);
beforeEach(() => apigw.reset());
const ACL = 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/1234';

describe('apigateway.stage-waf-associated', () => {
  it('PASS for a stage with a web ACL, FAIL without; PRIVATE APIs are not judged', async () => {
    apigw.on(GetRestApisCommand).resolves({
      items: [
        { id: 'reg', name: 'orders', endpointConfiguration: { types: ['REGIONAL'] } },
        { id: 'edge', name: 'site', endpointConfiguration: { types: ['EDGE'] } },
        { id: 'priv', name: 'internal', endpointConfiguration: { types: ['PRIVATE'] } },
      ],
    });
    apigw.on(GetStagesCommand, { restApiId: 'reg' }).resolves({ item: [{ stageName: 'prod', webAclArn: ACL }] });
    apigw.on(GetStagesCommand, { restApiId: 'edge' }).resolves({ item: [{ stageName: 'prod' }] });
    apigw.on(GetStagesCommand, { restApiId: 'priv' }).resolves({ item: [{ stageName: 'prod' }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'FAIL', resource: { id: 'edge/prod', arn: 'arn:aws:apigateway:eu-west-1::/restapis/edge/stages/prod', type: 'AWS::ApiGateway::Stage' }, evidence: { webAclArn: null, endpointTypes: ['EDGE'] } },
      { status: 'PASS', resource: { id: 'reg/prod' }, evidence: { webAclArn: ACL }, srm: { duty: 'trigger-access', serviceModel: 'FaaS' } },
    ]);
    expect(apigw.commandCalls(GetStagesCommand).map((c) => c.args[0].input.restApiId).sort()).toEqual(['edge', 'reg']);
  });

  it('ERROR naming apigateway:GET for the API whose stages are denied; the others keep their verdict', async () => {
    apigw.on(GetRestApisCommand).resolves({ items: [{ id: 'a', endpointConfiguration: { types: ['REGIONAL'] } }, { id: 'b', endpointConfiguration: { types: ['REGIONAL'] } }] });
    apigw.on(GetStagesCommand, { restApiId: 'a' }).rejects(awsError('AccessDeniedException'));
    apigw.on(GetStagesCommand, { restApiId: 'b' }).resolves({ item: [{ stageName: 'prod', webAclArn: ACL }] });
    expect(await runCheck(check, { region: REGION })).toMatchObject([
      { status: 'ERROR', resource: { id: 'a', type: 'AWS::ApiGateway::RestApi' }, message: expect.stringContaining('apigateway:GET'), evidence: { iamAction: 'apigateway:GET' } },
      { status: 'PASS', resource: { id: 'b/prod' } },
    ]);
  });

  it('ERROR naming apigateway:GET when GetRestApis is denied', async () => {
    apigw.on(GetRestApisCommand).rejects(awsError('AccessDeniedException'));
    expect(await runCheck(check, { region: REGION })).toMatchObject([{ status: 'ERROR', message: expect.stringContaining('apigateway:GET') }]);
  });
});
