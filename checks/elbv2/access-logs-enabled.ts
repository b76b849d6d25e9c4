import { defineCheck } from '../../src/check/define.js';
import { lbAttribute } from '../../src/lib/elb-attributes.js';

export default defineCheck({
  id: 'elbv2.access-logs-enabled',
  title: 'Application and Network Load Balancers deliver access logs',
  description:
    'Access logs record each request (client address, path, TLS protocol and cipher, response) and are the evidence an incident ' +
    'investigation starts from. Judged: every Application and Network Load Balancer by its access_logs.s3.enabled attribute; a ' +
    'missing key is read as AWS\'s documented default, false, and the evidence says so (attributeReported false). Network Load ' +
    'Balancers log only connections to TLS listeners. Not judged: Gateway Load Balancers (no access logs), connection logs, and the ' +
    'destination bucket\'s own protection.',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
  },
  async run({ scope, inventory, result }) {
    const lbs = (await inventory.elbv2.loadBalancers(scope.region)).filter((lb) => lb.Type === 'application' || lb.Type === 'network');
    return result.forEach(lbs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! }), async (lb) => {
      const attrs = await inventory.elbv2.attributes(scope.region, lb.LoadBalancerArn!);
      const enabled = lbAttribute(attrs, 'access_logs.s3.enabled');
      const bucket = attrs.find((a) => a.Key === 'access_logs.s3.bucket')?.Value || null;
      const ref = { arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! };
      const evidence = { Type: lb.Type ?? null, 'access_logs.s3.enabled': enabled.value, attributeReported: enabled.reported, 'access_logs.s3.bucket': bucket };
      return enabled.value === 'true'
        ? result.pass(ref, `Load balancer ${lb.LoadBalancerName} delivers access logs to ${bucket ?? 'S3'}`, evidence)
        : result.fail(ref, `Load balancer ${lb.LoadBalancerName} does not deliver access logs`, evidence);
    });
  },
});
