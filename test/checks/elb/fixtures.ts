import type { LoadBalancerDescription, PolicyDescription } from '@aws-sdk/client-elastic-load-balancing';

export const REGION = 'eu-west-1';
export const arn = (name: string) => `arn:aws:elasticloadbalancing:${REGION}:111122223333:loadbalancer/${name}`;
const CERT = 'arn:aws:acm:eu-west-1:111122223333:certificate/0f1e2d3c';

export function clb(name: string, listeners: { Protocol: string; LoadBalancerPort: number; PolicyNames?: string[] }[]): LoadBalancerDescription {
  return {
    LoadBalancerName: name,
    DNSName: `${name}-1234.${REGION}.elb.amazonaws.com`,
    Scheme: 'internet-facing',
    ListenerDescriptions: listeners.map(({ PolicyNames, ...l }) => ({
      Listener: { ...l, InstanceProtocol: 'HTTP', InstancePort: 80, ...(l.Protocol === 'HTTPS' || l.Protocol === 'SSL' ? { SSLCertificateId: CERT } : {}) },
      PolicyNames: PolicyNames ?? [],
    })),
  };
}

/** An SSLNegotiationPolicyType policy as AWS describes it: every protocol and cipher attribute listed with true/false. */
export function sslPolicy(name: string, reference: string | null, enabled: Record<string, boolean>): PolicyDescription {
  return {
    PolicyName: name,
    PolicyTypeName: 'SSLNegotiationPolicyType',
    PolicyAttributeDescriptions: [
      ...(reference ? [{ AttributeName: 'Reference-Security-Policy', AttributeValue: reference }] : []),
      ...Object.entries(enabled).map(([AttributeName, on]) => ({ AttributeName, AttributeValue: String(on) })),
    ],
  };
}

/** ELBSecurityPolicy-TLS-1-2-2017-01, as AWS expands it. */
export const TLS12 = {
  'Protocol-TLSv1': false, 'Protocol-SSLv3': false, 'Protocol-TLSv1.1': false, 'Protocol-TLSv1.2': true, 'Server-Defined-Cipher-Order': true,
  'ECDHE-ECDSA-AES128-GCM-SHA256': true, 'ECDHE-RSA-AES128-GCM-SHA256': true, 'ECDHE-RSA-AES128-SHA256': true, 'AES128-GCM-SHA256': true, 'AES256-SHA256': true,
  'ECDHE-RSA-AES128-SHA': false, 'AES128-SHA': false, 'DES-CBC3-SHA': false,
};
/** ELBSecurityPolicy-2016-08, as AWS expands it. */
export const LEGACY = { ...TLS12, 'Protocol-TLSv1': true, 'Protocol-TLSv1.1': true, 'ECDHE-RSA-AES128-SHA': true, 'AES128-SHA': true };
