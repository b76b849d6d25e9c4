import { defineCheck } from '../../src/check/define.js';
import { classicLbRef } from '../../src/check/kit/elb-refs.js';

export default defineCheck({
  id: 'elb.access-logs-enabled',
  title: 'Classic Load Balancers deliver access logs',
  description:
    'Access logs record each request or connection (client address, latency, TLS protocol and cipher) and are the evidence an ' +
    'incident investigation starts from. Judged: every Classic Load Balancer by AccessLog.Enabled in DescribeLoadBalancerAttributes.',
  service: 'elb',
  resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  severity: 'medium',
  duty: 'logging',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable access logs to an S3 bucket whose policy lets Elastic Load Balancing write to it.',
    cli: 'aws elb modify-load-balancer-attributes --load-balancer-name <lb> --load-balancer-attributes \'{"AccessLog":{"Enabled":true,"S3BucketName":"<bucket>","EmitInterval":60}}\'',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html',
  },
  async run({ scope, inventory, result }) {
    const lbs = await inventory.elb.loadBalancers(scope.region);
    return result.forEach(lbs, (lb) => classicLbRef(scope, lb.LoadBalancerName!), async (lb) => {
      const { AccessLog } = await inventory.elb.attributes(scope.region, lb.LoadBalancerName!);
      const ref = classicLbRef(scope, lb.LoadBalancerName!);
      const evidence = { 'AccessLog.Enabled': AccessLog?.Enabled ?? null, 'AccessLog.S3BucketName': AccessLog?.S3BucketName ?? null };
      return AccessLog?.Enabled === true
        ? result.pass(ref, `Classic Load Balancer ${lb.LoadBalancerName} delivers access logs to ${AccessLog.S3BucketName ?? 'S3'}`, evidence)
        : result.fail(ref, `Classic Load Balancer ${lb.LoadBalancerName} does not deliver access logs`, evidence);
    });
  },
});
