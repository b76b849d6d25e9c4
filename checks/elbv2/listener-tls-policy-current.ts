import { defineCheck } from '../../src/check/define.js';
import { isCurrentTlsProfile, tlsPolicyProfile } from '../../src/lib/elb-tls-policies.js';

export default defineCheck({
  id: 'elbv2.listener-tls-policy-current',
  title: 'HTTPS and TLS listeners of load balancers use a current TLS security policy',
  description:
    'The listener\'s security policy decides which TLS versions and cipher suites clients may negotiate. Judged: every HTTPS ' +
    '(Application Load Balancer) and TLS (Network Load Balancer) listener by its SslPolicy, against a table of ELB predefined ' +
    'policies (src/lib/elb-tls-policies.ts): FAIL when the policy accepts TLS 1.0 or 1.1, keeps SHA-1 CBC, 3DES or RC4 suites, or ' +
    'is not a policy the table knows. ELBSecurityPolicy-2016-08, the API\'s default, accepts TLS 1.0. Not judged: HTTP, TCP and ' +
    'UDP listeners (see elbv2.http-redirects-to-https) and connections from the load balancer to its targets.',
  service: 'elbv2',
  resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Switch the listener to ELBSecurityPolicy-TLS13-1-2-Res-2021-06 (or another TLS 1.2+ policy without SHA-1 CBC suites) after checking client compatibility in the access logs.',
    cli: 'aws elbv2 modify-listener --listener-arn <listener-arn> --ssl-policy ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
  },
  async run({ scope, inventory, result }) {
    const lbs = await inventory.elbv2.loadBalancers(scope.region);
    return result.forEach(lbs, (lb) => ({ arn: lb.LoadBalancerArn!, id: lb.LoadBalancerName!, type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' }), async (lb) => {
      const listeners = (await inventory.elbv2.listeners(scope.region, lb.LoadBalancerArn!)).filter((l) => l.Protocol === 'HTTPS' || l.Protocol === 'TLS');
      return listeners.map((l) => {
        const ref = { arn: l.ListenerArn!, id: `${lb.LoadBalancerName}:${l.Port}` };
        const profile = l.SslPolicy ? tlsPolicyProfile(l.SslPolicy) : null;
        const evidence = { Protocol: l.Protocol ?? null, SslPolicy: l.SslPolicy ?? null, minProtocol: profile?.minProtocol ?? null, weakCiphers: profile?.weakCiphers ?? null };
        if (!profile) return result.fail(ref, `Listener ${ref.id} uses security policy ${l.SslPolicy ?? '(none)'}, not a policy known to require TLS 1.2`, evidence);
        return isCurrentTlsProfile(profile)
          ? result.pass(ref, `Listener ${ref.id} uses ${l.SslPolicy} (${profile.minProtocol} minimum, no weak ciphers)`, evidence)
          : result.fail(ref, `Listener ${ref.id} uses ${l.SslPolicy}, which accepts ${profile.minProtocol}${profile.weakCiphers ? ' and weak cipher suites' : ''}`, evidence);
      });
    });
  },
});
