import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'elbv2.internet-facing-alb-waf-associated',
  title: 'Internet-facing Application Load Balancers are protected by an AWS WAF web ACL',
  description:
    'A web ACL filters injection attempts, known bad inputs and floods before they reach the application. Duty app-configuration ' +
    '(trigger-access is the FaaS duty). Judged: every internet-facing Application Load Balancer, by the regional web ACL that ' +
    'wafv2 GetWebACLForResource reports for it (AWS answers an unprotected load balancer with no WebACL). Not judged: internal ' +
    'load balancers, Network Load Balancers (AWS WAF cannot attach to them), AWS WAF Classic associations, a CloudFront ' +
    'distribution in front with its own web ACL, and the web ACL\'s rules.',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  severity: 'medium',
  duty: 'app-configuration',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Associate a regional AWS WAF web ACL (with the AWS managed core rule set at least) with the load balancer.',
    cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn <lb-arn>',
    url: 'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  async run({ scope, inventory, result }) {
    const albs = (await inventory.elbv2.loadBalancers(scope.region)).filter((lb) => lb.Type === 'application' && lb.Scheme === 'internet-facing');
    return result.forEach(albs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! }), async (lb) => {
      const acl = await inventory.wafv2.webAclForResource(scope.region, lb.LoadBalancerArn!);
      const ref = { arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName! };
      const evidence = { Scheme: lb.Scheme ?? null, webAclArn: acl?.ARN ?? null };
      return acl
        ? result.pass(ref, `Application Load Balancer ${lb.LoadBalancerName} is protected by web ACL ${acl.Name ?? acl.ARN}`, evidence)
        : result.fail(ref, `Internet-facing Application Load Balancer ${lb.LoadBalancerName} has no AWS WAF web ACL`, evidence);
    });
  },
});
