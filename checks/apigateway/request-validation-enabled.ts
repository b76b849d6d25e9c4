import { defineCheck } from '../../src/check/define.js';
import { listSome } from '../../src/util/text.js';
import { restApiArn } from '../../src/aws/arn.js';
import { restMethods } from '../../src/lib/apigateway.js';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

export default defineCheck({
  id: 'apigateway.request-validation-enabled',
  title: 'REST API methods that take a request body validate it',
  description:
    'A request validator makes API Gateway reject malformed requests before they invoke the function, so the function sees only ' +
    'input that matches its model. Judged: every POST, PUT and PATCH method of a REST API must name a requestValidatorId; a REST ' +
    'API without such methods is not evaluated. Not judged: whether the validator checks the body, the parameters or both, how ' +
    'strict the request models are, GET/DELETE methods with query or path parameters, HTTP APIs (which have no request ' +
    'validators) and validation done inside the function.',
  service: 'apigateway',
  resourceType: 'AWS::ApiGateway::RestApi',
  severity: 'medium',
  duty: 'input-validation',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a request validator that validates the body and parameters, give the method a request model, attach the validator to each POST/PUT/PATCH method, then redeploy the stage.',
    cli: 'aws apigateway update-method --rest-api-id <api-id> --resource-id <resource-id> --http-method POST --patch-operations op=replace,path=/requestValidatorId,value=<validator-id>',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
  },
  async run({ scope, inventory, result }) {
    const apis = await inventory.apigateway.restApis(scope.region);
    const ref = (a: { id?: string }) => ({ arn: restApiArn(scope.partition, scope.region, a.id!), id: a.id! });
    return result.forEach(apis, ref, async (api) => {
      const judged = restMethods(await inventory.apigateway.resources(scope.region, api.id!)).filter((m) => BODY_METHODS.has(m.httpMethod));
      if (!judged.length) return [];
      const missing = judged.filter((m) => !m.method.requestValidatorId).map((m) => m.label);
      const name = `REST API ${api.name ?? api.id} (${api.id})`;
      const evidence = { name: api.name ?? null, methodsJudged: judged.length, methodsWithoutValidator: missing.slice(0, 50), methodsWithoutValidatorCount: missing.length };
      return missing.length
        ? result.fail(ref(api), `${name}: ${missing.length} of ${judged.length} POST/PUT/PATCH method(s) have no request validator: ${listSome(missing)}`, evidence)
        : result.pass(ref(api), `${name}: all ${judged.length} POST/PUT/PATCH method(s) have a request validator`, evidence);
    });
  },
});
