import { defineCheck } from '../../src/check/define.js';
import { classicLbRef } from '../../src/check/kit/elb-refs.js';
import { classicTlsPolicy, isCurrentTlsProfile } from '../../src/lib/elb-tls-policies.js';

export default defineCheck({
  id: 'elb.listener-tls-policy-current',
  title: 'HTTPS and SSL listeners of Classic Load Balancers use a current TLS policy',
  description:
    'The listener\'s SSL negotiation policy decides which TLS versions and cipher suites clients may negotiate. Judged: every ' +
    'HTTPS or SSL listener of every Classic Load Balancer, by the SSLNegotiationPolicyType policy attached to it ' +
    '(DescribeLoadBalancerPolicies): its Protocol-* attributes decide, or, where the answer carries only Reference-Security-Policy, ' +
    'that predefined policy\'s row in src/lib/elb-tls-policies.ts. PASS needs TLS 1.2 minimum and no SHA-1 CBC, 3DES or RC4 suite: ' +
    'ELBSecurityPolicy-TLS-1-2-2017-01, or a custom policy that disables TLS 1.0/1.1 and those ciphers. A listener with no policy ' +
    'gets AWS\'s default, ELBSecurityPolicy-2016-08, which accepts TLS 1.0: FAIL. One finding per load balancer, listeners in evidence.',
  service: 'elb',
  resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  severity: 'high',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Create a policy referencing ELBSecurityPolicy-TLS-1-2-2017-01 and attach it to every HTTPS/SSL listener (or migrate to an Application Load Balancer).',
    cli: 'aws elb create-load-balancer-policy --load-balancer-name <lb> --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01 && aws elb set-load-balancer-policies-of-listener --load-balancer-name <lb> --load-balancer-port 443 --policy-names tls12',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html',
  },
  async run({ scope, inventory, result }) {
    const lbs = (await inventory.elb.loadBalancers(scope.region)).filter((lb) =>
      (lb.ListenerDescriptions ?? []).some((d) => d.Listener?.Protocol === 'HTTPS' || d.Listener?.Protocol === 'SSL'));
    return result.forEach(lbs, (lb) => classicLbRef(scope, lb.LoadBalancerName!), async (lb) => {
      const policies = await inventory.elb.policies(scope.region, lb.LoadBalancerName!);
      const listeners = (lb.ListenerDescriptions ?? [])
        .filter((d) => d.Listener?.Protocol === 'HTTPS' || d.Listener?.Protocol === 'SSL')
        .map((d) => {
          const policy = policies.find((p) => p.PolicyTypeName === 'SSLNegotiationPolicyType' && (d.PolicyNames ?? []).includes(p.PolicyName!));
          const tls = policy ? classicTlsPolicy(policy.PolicyAttributeDescriptions ?? []) : null;
          const current = tls?.profile ? isCurrentTlsProfile(tls.profile) : false;
          return {
            LoadBalancerPort: d.Listener!.LoadBalancerPort ?? null,
            Protocol: d.Listener!.Protocol!,
            PolicyName: policy?.PolicyName ?? null,
            ReferenceSecurityPolicy: tls?.reference ?? (policy ? null : 'ELBSecurityPolicy-2016-08 (AWS default)'),
            minProtocol: tls?.profile?.minProtocol ?? (policy ? null : 'TLSv1'),
            weakCiphers: tls ? (tls.weakCiphers.length ? tls.weakCiphers : tls.profile?.weakCiphers ?? null) : true,
            current,
          };
        });
      const ref = classicLbRef(scope, lb.LoadBalancerName!);
      const stale = listeners.filter((l) => !l.current);
      const evidence = { listeners };
      return stale.length === 0
        ? result.pass(ref, `Every HTTPS/SSL listener of ${lb.LoadBalancerName} requires TLS 1.2 without weak ciphers`, evidence)
        : result.fail(ref, `Classic Load Balancer ${lb.LoadBalancerName} has listeners on ports ${stale.map((l) => l.LoadBalancerPort).join(', ')} that accept TLS before 1.2, weak ciphers or an unknown policy`, evidence);
    });
  },
});
