/**
 * Elastic Load Balancing v2 load balancer attributes and AWS's documented defaults. AWS's
 * DescribeLoadBalancerAttributes returns every attribute with its value; an answer that lacks a
 * key (emulators omit attributes never set) is read as AWS's default, and the evidence says so.
 *
 * Source: "Load balancer attributes" of Application and Network Load Balancers,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_LoadBalancerAttribute.html
 */
export const LB_ATTRIBUTE_DEFAULTS: Readonly<Record<string, string>> = {
  'access_logs.s3.enabled': 'false',
  'deletion_protection.enabled': 'false',
  'routing.http.drop_invalid_header_fields.enabled': 'false',
};

export interface LbAttributeValue {
  value: string;
  /** false when the answer lacked the key and the value is AWS's documented default. */
  reported: boolean;
}

export function lbAttribute(attrs: readonly { Key?: string; Value?: string }[], key: keyof typeof LB_ATTRIBUTE_DEFAULTS | string): LbAttributeValue {
  const found = attrs.find((a) => a.Key === key);
  if (found?.Value !== undefined) return { value: found.Value, reported: true };
  const dflt = LB_ATTRIBUTE_DEFAULTS[key];
  if (dflt === undefined) throw new Error(`no documented default for load balancer attribute ${key}`);
  return { value: dflt, reported: false };
}
