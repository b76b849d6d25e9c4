import { defineCheck } from '../../src/check/define.js';
import { lbAttribute } from '../../src/lib/elb-attributes.js';

export default defineCheck({
  id: 'elbv2.drops-invalid-header-fields',
  title: 'Application Load Balancers drop HTTP headers with invalid field names',
  description:
    'Headers whose names do not match RFC 7230 are a vehicle for request smuggling and header-injection tricks against the targets ' +
    'behind the load balancer. Duty app-configuration (input-validation is the FaaS duty; here it is a setting of the customer\'s ' +
    'application tier). Judged: every Application Load Balancer by routing.http.drop_invalid_header_fields.enabled; a missing key is ' +
    'read as AWS\'s documented default, false (attributeReported false). Not judged: desync mitigation mode.',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Enable dropping of invalid header fields on the Application Load Balancer.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes',
  },
  async run({ scope, inventory, result }) {
    const albs = (await inventory.elbv2.loadBalancers(scope.region)).filter((lb) => lb.Type === 'application');
    return result.forEach(albs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! }), async (lb) => {
      const attr = lbAttribute(await inventory.elbv2.attributes(scope.region, lb.LoadBalancerArn!), 'routing.http.drop_invalid_header_fields.enabled');
      const ref = { arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! };
      const evidence = { 'routing.http.drop_invalid_header_fields.enabled': attr.value, attributeReported: attr.reported };
      return attr.value === 'true'
        ? result.pass(ref, `Application Load Balancer ${lb.LoadBalancerName} drops invalid header fields`, evidence)
        : result.fail(ref, `Application Load Balancer ${lb.LoadBalancerName} forwards headers with invalid field names`, evidence);
    });
  },
});
