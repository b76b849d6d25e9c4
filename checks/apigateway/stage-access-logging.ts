import { defineCheck, type CheckResult } from '../../src/check/define.js';
import { formatArn, restApiArn, restApiStageArn, v2ApiArn, v2ApiStageArn } from '../../src/aws/arn.js';

export default defineCheck({
  id: 'apigateway.stage-access-logging',
  title: 'API Gateway stages write access logs',
  description:
    'Access logs record who called which route, from where and with what result: the trail for investigating abuse of a serverless ' +
    'trigger. Judged: every REST API stage (accessLogSettings.destinationArn) and every HTTP and WebSocket API stage ' +
    '(AccessLogSettings.DestinationArn). Not judged: the log format, whether the destination log group or Firehose stream exists, ' +
    'its retention, and execution logging (CloudWatch method logging).',
  service: 'apigateway',
  resourceType: 'AWS::ApiGateway::Stage',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'FaaS',
  scope: 'regional',
  remediation: {
    text: 'Send the stage\'s access logs to a CloudWatch Logs log group (or Firehose stream) in a structured format.',
    cli: 'aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn> op=replace,path=/accessLogSettings/format,value=\'$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status\'',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
  },
  async run({ scope, inventory, result }) {
    const { partition, region } = scope;
    // REST and v2 are listed separately, so one denied listing leaves the other's verdicts standing.
    const sources = [
      { id: 'restapis', arn: formatArn(partition, 'apigateway', region, '', '/restapis') },
      { id: 'apis', arn: formatArn(partition, 'apigateway', region, '', '/apis') },
    ];
    return result.forEach(sources, (s) => s, async (s): Promise<CheckResult[]> => {
      if (s.id === 'restapis') {
        const apis = await inventory.apigateway.restApis(region);
        const apiRef = (a: { id?: string }) => ({ arn: restApiArn(partition, region, a.id!), id: a.id! });
        return result.forEach(apis, apiRef, async (api) => {
          const stages = await inventory.apigateway.stages(region, api.id!);
          return stages.map((st) => {
            const ref = { arn: restApiStageArn(partition, region, api.id!, st.stageName!), id: `${api.id}/${st.stageName}` };
            const destination = st.accessLogSettings?.destinationArn ?? null;
            const evidence = { apiName: api.name ?? null, apiType: 'REST', destinationArn: destination, format: st.accessLogSettings?.format ?? null };
            return destination
              ? result.pass(ref, `Stage ${st.stageName} of REST API ${api.name ?? api.id} writes access logs to ${destination}`, evidence)
              : result.fail(ref, `Stage ${st.stageName} of REST API ${api.name ?? api.id} has no access log destination`, evidence);
          });
        });
      }
      const apis = await inventory.apigateway.httpApis(region);
      const apiRef = (a: { ApiId?: string }) => ({ arn: v2ApiArn(partition, region, a.ApiId!), id: a.ApiId!, type: 'AWS::ApiGatewayV2::Api' as const });
      return result.forEach(apis, apiRef, async (api) => {
        const stages = await inventory.apigateway.v2Stages(region, api.ApiId!);
        return stages.map((st) => {
          const ref = { arn: v2ApiStageArn(partition, region, api.ApiId!, st.StageName!), id: `${api.ApiId}/${st.StageName}`, type: 'AWS::ApiGatewayV2::Stage' as const };
          const destination = st.AccessLogSettings?.DestinationArn ?? null;
          const evidence = { apiName: api.Name ?? null, apiType: api.ProtocolType ?? null, destinationArn: destination, format: st.AccessLogSettings?.Format ?? null };
          return destination
            ? result.pass(ref, `Stage ${st.StageName} of ${api.ProtocolType ?? 'v2'} API ${api.Name ?? api.ApiId} writes access logs to ${destination}`, evidence)
            : result.fail(ref, `Stage ${st.StageName} of ${api.ProtocolType ?? 'v2'} API ${api.Name ?? api.ApiId} has no access log destination`, evidence);
        });
      });
    });
  },
});
