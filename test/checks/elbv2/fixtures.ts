import type { Listener, LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';

export const REGION = 'eu-west-1';
const ACCOUNT = '111122223333';

export function lb(name: string, over: Partial<LoadBalancer> = {}): LoadBalancer {
  const type = over.Type ?? 'application';
  const kind = type === 'network' ? 'net' : type === 'gateway' ? 'gwy' : 'app';
  return {
    LoadBalancerName: name,
    LoadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${kind}/${name}/50dc6c495c0c9188`,
    Type: type,
    Scheme: 'internet-facing',
    ...over,
  };
}

export function listener(lbName: string, port: number, over: Partial<Listener> = {}): Listener {
  return {
    ListenerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/${lbName}/50dc6c495c0c9188/${port}f0c9188`,
    LoadBalancerArn: lb(lbName).LoadBalancerArn,
    Port: port,
    ...over,
  };
}

/** DescribeLoadBalancerAttributes as AWS returns it: every attribute with its value. */
export function attrs(over: Record<string, string> = {}) {
  const all: Record<string, string> = {
    'access_logs.s3.enabled': 'false',
    'access_logs.s3.bucket': '',
    'access_logs.s3.prefix': '',
    'deletion_protection.enabled': 'false',
    'idle_timeout.timeout_seconds': '60',
    'routing.http.drop_invalid_header_fields.enabled': 'false',
    'routing.http.desync_mitigation_mode': 'defensive',
    ...over,
  };
  return { Attributes: Object.entries(all).map(([Key, Value]) => ({ Key, Value })) };
}
