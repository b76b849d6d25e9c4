import { defineCheck } from '../../src/check/define.js';
import { endpointTypes, restMethods } from '../../src/lib/apigateway.js';
import { listSome } from '../../src/util/text.js';
import { restApiArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'apigateway.rest-api-authorization',
  title: 'Every REST API method requires authorization or an API key',
  description:
    'A REST API method with authorizationType NONE and no required API key lets anyone who can reach the endpoint invoke the ' +
    'integration behind it (often a Lambda function). Judged: every method of every REST API except OPTIONS (CORS preflight), read ' +
    'with GetResources (methods embedded); a method passes with an IAM, Cognito or Lambda authorizer, or with apiKeyRequired. ' +
    'A PRIVATE endpoint API whose unauthenticated methods are fenced by a resource policy passes, the policy noted in the evidence; ' +
    'the policy\'s statements are not judged. Not judged: HTTP and WebSocket APIs (see apigateway.http-api-route-authorization), ' +
    'what the authorizer itself accepts, and whether API keys are treated as authentication by the application.',
  service: 'apigateway',
  resourceType: 'AWS::ApiGateway::RestApi',
  severity: 'high',
  duty: 'trigger-access',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Attach an authorizer (AWS_IAM, COGNITO_USER_POOLS or a Lambda authorizer) to each method, then redeploy the stage. For a private API, attach a resource policy that allows only your VPC endpoints.',
    cli: 'aws apigateway update-method --rest-api-id <api-id> --resource-id <resource-id> --http-method <METHOD> --patch-operations op=replace,path=/authorizationType,value=AWS_IAM',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
  },
  async run({ scope, inventory, result }) {
    const apis = await inventory.apigateway.restApis(scope.region);
    const ref = (a: { id?: string }) => ({ arn: restApiArn(scope.partition, scope.region, a.id!), id: a.id! });
    return result.forEach(apis, ref, async (api) => {
      const methods = restMethods(await inventory.apigateway.resources(scope.region, api.id!)).filter((m) => m.httpMethod !== 'OPTIONS');
      const open = methods.filter((m) => (m.method.authorizationType ?? 'NONE') === 'NONE' && m.method.apiKeyRequired !== true).map((m) => m.label);
      const types = endpointTypes(api);
      const isPrivate = types.includes('PRIVATE');
      const hasResourcePolicy = Boolean(api.policy?.trim());
      const name = `REST API ${api.name ?? api.id} (${api.id})`;
      const evidence = {
        name: api.name ?? null,
        endpointTypes: types,
        hasResourcePolicy,
        methodsJudged: methods.length,
        methodsWithoutAuthorization: open.slice(0, 50),
        methodsWithoutAuthorizationCount: open.length,
      };
      if (!open.length) return result.pass(ref(api), `${name}: all ${methods.length} method(s) require authorization or an API key`, evidence);
      if (isPrivate && hasResourcePolicy) {
        return result.pass(ref(api), `${name} is PRIVATE with a resource policy restricting who may invoke it; ${open.length} method(s) have no authorizer of their own`, {
          ...evidence,
          note: 'private endpoint: the resource policy gates invocation (its statements are not judged here)',
        });
      }
      const why = isPrivate ? ' (PRIVATE endpoint but no resource policy)' : '';
      return result.fail(ref(api), `${name}${why}: ${open.length} method(s) without authorization or API key: ${listSome(open)}`, evidence);
    });
  },
});
