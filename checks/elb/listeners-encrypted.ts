import { defineCheck } from '../../src/check/define.js';
import { classicLbRef } from '../../src/check/kit/elb-refs.js';

export default defineCheck({
  id: 'elb.listeners-encrypted',
  title: 'Classic Load Balancers accept only HTTPS or SSL connections',
  description:
    'Classic Load Balancers cannot redirect HTTP to HTTPS: an HTTP or TCP front-end listener carries client traffic unencrypted. ' +
    'Judged: every Classic Load Balancer by the Protocol of each front-end listener (HTTPS or SSL pass). Not judged: the ' +
    'InstanceProtocol towards the instances, and what a TCP listener carries (it may be a protocol with its own TLS).',
  service: 'elb',
  resourceType: 'AWS::ElasticLoadBalancing::LoadBalancer',
  severity: 'medium',
  duty: 'data-encryption',
  serviceModel: 'IaaS',
  scope: 'regional',
  remediation: {
    text: 'Replace HTTP/TCP listeners with HTTPS/SSL ones, or migrate to an Application Load Balancer, which can redirect HTTP to HTTPS.',
    cli: 'aws elb delete-load-balancer-listeners --load-balancer-name <lb> --load-balancer-ports 80',
    url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html',
  },
  async run({ scope, inventory, result }) {
    const lbs = await inventory.elb.loadBalancers(scope.region);
    return lbs.map((lb) => {
      const ref = classicLbRef(scope, lb.LoadBalancerName!);
      const listeners = (lb.ListenerDescriptions ?? []).map((d) => ({ Protocol: d.Listener?.Protocol ?? null, LoadBalancerPort: d.Listener?.LoadBalancerPort ?? null }));
      const plain = listeners.filter((l) => l.Protocol !== 'HTTPS' && l.Protocol !== 'SSL');
      return plain.length === 0
        ? result.pass(ref, `Every listener of ${lb.LoadBalancerName} is HTTPS or SSL`, { listeners })
        : result.fail(ref, `Classic Load Balancer ${lb.LoadBalancerName} accepts unencrypted ${plain.map((l) => `${l.Protocol}:${l.LoadBalancerPort}`).join(', ')}`, { listeners });
    });
  },
});
