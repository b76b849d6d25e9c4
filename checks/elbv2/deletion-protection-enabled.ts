import { defineCheck } from '../../src/check/define.js';
import { lbAttribute } from '../../src/lib/elb-attributes.js';

export default defineCheck({
  id: 'elbv2.deletion-protection-enabled',
  title: 'Load balancers have deletion protection enabled',
  description:
    'Deletion protection refuses DeleteLoadBalancer until it is turned off, guarding the entry point of an application against an ' +
    'accidental or unreviewed change. Duty configuration-management: the load balancer holds no data to recover, so this is about ' +
    'keeping the deployed configuration from drifting away, not about forensics. Judged: every v2 load balancer (application, ' +
    'network, gateway) by deletion_protection.enabled; a missing key is read as AWS\'s documented default, false (attributeReported false).',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  severity: 'low',
  duty: 'configuration-management',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable deletion protection on production load balancers; infrastructure-as-code can keep it on.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=deletion_protection.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection',
  },
  async run({ scope, inventory, result }) {
    const lbs = await inventory.elbv2.loadBalancers(scope.region);
    return result.forEach(lbs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! }), async (lb) => {
      const attr = lbAttribute(await inventory.elbv2.attributes(scope.region, lb.LoadBalancerArn!), 'deletion_protection.enabled');
      const ref = { arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! };
      const evidence = { Type: lb.Type ?? null, 'deletion_protection.enabled': attr.value, attributeReported: attr.reported };
      return attr.value === 'true'
        ? result.pass(ref, `Load balancer ${lb.LoadBalancerName} has deletion protection enabled`, evidence)
        : result.fail(ref, `Load balancer ${lb.LoadBalancerName} has deletion protection disabled`, evidence);
    });
  },
});
