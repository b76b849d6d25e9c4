import { defineCheck } from '../../src/check/define.js';

export default defineCheck({
  id: 'elbv2.http-redirects-to-https',
  title: 'HTTP listeners of Application Load Balancers redirect to HTTPS',
  description:
    'A plain HTTP listener that forwards to targets carries requests, cookies and tokens unencrypted. Judged: every HTTP listener ' +
    'of an Application Load Balancer by its default action, which must be a redirect whose RedirectConfig.Protocol is HTTPS. Not ' +
    'judged: listener rules other than the default (a rule may still forward some paths over HTTP), and TCP/UDP listeners of ' +
    'Network Load Balancers, whose payload protocol the load balancer cannot see.',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Make the HTTP listener\'s default action a permanent redirect to HTTPS on port 443, and serve the application from an HTTPS listener.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --default-actions \'Type=redirect,RedirectConfig={Protocol=HTTPS,Port=443,StatusCode=HTTP_301}\'',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions',
  },
  async run({ scope, inventory, result }) {
    const albs = (await inventory.elbv2.loadBalancers(scope.region)).filter((lb) => lb.Type === 'application');
    return result.forEach(albs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName!, type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }), async (lb) => {
      const listeners = (await inventory.elbv2.listeners(scope.region, lb.LoadBalancerArn!)).filter((l) => l.Protocol === 'HTTP');
      return listeners.map((l) => {
        const ref = { arn: l.ListenerArn!, id: `${lb.LoadBalancerName}:${l.Port}` };
        const action = [...(l.DefaultActions ?? [])].sort((a, b) => (a.Order ?? 0) - (b.Order ?? 0)).find((a) => a.Type !== 'authenticate-oidc' && a.Type !== 'authenticate-cognito');
        const evidence = { Protocol: 'HTTP', defaultActionType: action?.Type ?? null, redirectProtocol: action?.RedirectConfig?.Protocol ?? null };
        return action?.Type === 'redirect' && action.RedirectConfig?.Protocol === 'HTTPS'
          ? result.pass(ref, `HTTP listener ${ref.id} redirects to HTTPS`, evidence)
          : result.fail(ref, `HTTP listener ${ref.id} answers over plain HTTP (default action ${action?.Type ?? 'none'})`, evidence);
      });
    });
  },
});
