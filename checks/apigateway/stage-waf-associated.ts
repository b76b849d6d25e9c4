import { defineCheck } from '../../src/check/define.js';
import { endpointTypes } from '../../src/lib/apigateway.js';
import { restApiArn, restApiStageArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'apigateway.stage-waf-associated',
  title: 'Public REST API stages are protected by an AWS WAF web ACL',
  description:
    'A web ACL filters injection attempts, known bad inputs and floods before they reach the function behind the API. Judged: every ' +
    'stage of a REGIONAL or EDGE endpoint REST API must carry a webAclArn (as GetStages reports it). Not judged: PRIVATE endpoint ' +
    'APIs (reachable only through VPC endpoints); HTTP and WebSocket APIs, to which AWS WAF cannot be attached directly (front them ' +
    'with CloudFront to filter); and the web ACL\'s rules, which would need wafv2 calls this check does not make.',
  service: 'apigateway',
  resourceType: 'AWS::ApiGateway::Stage',
  severity: 'medium',
  duty: 'trigger-access',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Associate a regional AWS WAF web ACL (with the AWS managed core rule set at least) with the stage.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html',
  },
  async run({ scope, inventory, result }) {
    const { partition, region } = scope;
    const apis = (await inventory.apigateway.restApis(region)).filter((a) => !endpointTypes(a).includes('PRIVATE'));
    const apiRef = (a: { id?: string }) => ({ arn: restApiArn(partition, region, a.id!), id: a.id!, type: 'AWS::ApiGateway::RestApi' as const });
    return result.forEach(apis, apiRef, async (api) => {
      const stages = await inventory.apigateway.stages(region, api.id!);
      return stages.map((st) => {
        const ref = { arn: restApiStageArn(partition, region, api.id!, st.stageName!), id: `${api.id}/${st.stageName}` };
        const evidence = { apiName: api.name ?? null, endpointTypes: endpointTypes(api), webAclArn: st.webAclArn ?? null };
        return st.webAclArn
          ? result.pass(ref, `Stage ${st.stageName} of REST API ${api.name ?? api.id} is protected by web ACL ${st.webAclArn}`, evidence)
          : result.fail(ref, `Stage ${st.stageName} of REST API ${api.name ?? api.id} has no AWS WAF web ACL`, evidence);
      });
    });
  },
});
