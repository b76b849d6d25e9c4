/**
 * Elastic Load Balancing TLS security policies: which TLS versions and which weak cipher suites
 * each predefined policy allows. Data, kept in one place: update it when AWS publishes a policy.
 *
 * Sources: "Security policies for your Application Load Balancer" and "… for your Network Load
 * Balancer" (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html,
 * …/network/describe-ssl-policies.html) and "Predefined SSL security policies for Classic Load
 * Balancers" (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-security-policy-table.html).
 *
 * "Weak ciphers" here means suites with a SHA-1 MAC in CBC mode (`…-SHA`), 3DES, RC4, MD5, NULL,
 * export or anonymous key exchange: what AWS keeps only "to support legacy clients that require
 * deprecated ciphers". A policy is current when it requires TLS 1.2 or later and allows none of them.
 */
export const ELB_TLS_POLICY_SOURCE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html';

export type TlsVersion = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';

export interface TlsPolicyProfile {
  /** The oldest protocol version the policy accepts. */
  minProtocol: TlsVersion;
  /** It allows SHA-1 CBC, 3DES, RC4 or other deprecated suites. */
  weakCiphers: boolean;
}

const P = (minProtocol: TlsVersion, weakCiphers: boolean): TlsPolicyProfile => ({ minProtocol, weakCiphers });

/** Predefined policies whose names do not follow the TLS13-1-x pattern (ALB, NLB and Classic). */
const NAMED: Readonly<Record<string, TlsPolicyProfile>> = {
  'ELBSecurityPolicy-2016-08': P('TLSv1', true), // the API's default for new listeners
  'ELBSecurityPolicy-2015-05': P('TLSv1', true),
  'ELBSecurityPolicy-2015-03': P('TLSv1', true),
  'ELBSecurityPolicy-2015-02': P('TLSv1', true),
  'ELBSecurityPolicy-2014-10': P('TLSv1', true),
  'ELBSecurityPolicy-2014-01': P('SSLv3', true),
  'ELBSecurityPolicy-2011-08': P('SSLv3', true),
  'ELBSample-ELBDefaultCipherPolicy': P('SSLv3', true),
  'ELBSample-OpenSSLDefaultCipherPolicy': P('SSLv3', true),
  'ELBSecurityPolicy-TLS-1-0-2015-04': P('TLSv1', true),
  'ELBSecurityPolicy-FS-2018-06': P('TLSv1', true),
  'ELBSecurityPolicy-TLS-1-1-2017-01': P('TLSv1.1', true),
  'ELBSecurityPolicy-FS-1-1-2019-08': P('TLSv1.1', true),
  'ELBSecurityPolicy-TLS-1-2-2017-01': P('TLSv1.2', false),
  'ELBSecurityPolicy-TLS-1-2-Ext-2018-06': P('TLSv1.2', true), // adds ECDHE-…-AES…-SHA and AES…-SHA
  'ELBSecurityPolicy-FS-1-2-2019-08': P('TLSv1.2', true), // ECDHE-…-AES…-SHA
  'ELBSecurityPolicy-FS-1-2-Res-2019-08': P('TLSv1.2', false),
  'ELBSecurityPolicy-FS-1-2-Res-2020-10': P('TLSv1.2', false),
};

/**
 * The profile of a predefined policy, or null when the name is not one this table knows (a policy
 * published after it, or a Classic Load Balancer's custom policy, judged by its attributes instead).
 * The TLS 1.3 family is named `ELBSecurityPolicy-TLS13-1-<min>-<variant>`; its Ext2 variants keep
 * SHA-1 CBC suites for legacy clients.
 */
export function tlsPolicyProfile(name: string): TlsPolicyProfile | null {
  const named = NAMED[name];
  if (named) return named;
  const m = /^ELBSecurityPolicy-TLS13-1-([0-3])-(.*)$/.exec(name);
  if (!m) return null;
  const min = (['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const)[Number(m[1])]!;
  return P(min, /^Ext2-/.test(m[2]!));
}

const ORDER: readonly TlsVersion[] = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** The profile requires TLS 1.2 or later and allows no weak cipher. */
export function isCurrentTlsProfile(p: TlsPolicyProfile): boolean {
  return ORDER.indexOf(p.minProtocol) >= ORDER.indexOf('TLSv1.2') && !p.weakCiphers;
}

/** An OpenSSL cipher name this module calls weak (see the module comment). */
export function isWeakCipher(name: string): boolean {
  return /-SHA$|RC4|DES|MD5|NULL|EXP|ADH|AECDH/.test(name);
}

/** What a Classic Load Balancer's SSLNegotiationPolicyType policy allows, from its attributes. */
export interface ClassicTlsPolicy {
  /** Reference-Security-Policy: the predefined policy it copies, if any. */
  reference: string | null;
  /** Protocols set to "true" by Protocol-* attributes; null when the answer lists no protocol attribute. */
  protocols: TlsVersion[] | null;
  /** Enabled cipher attributes this module calls weak. */
  weakCiphers: string[];
  profile: TlsPolicyProfile | null;
}

const PROTOCOL_ATTRS: Readonly<Record<string, TlsVersion>> = {
  'Protocol-SSLv3': 'SSLv3',
  'Protocol-TLSv1': 'TLSv1',
  'Protocol-TLSv1.1': 'TLSv1.1',
  'Protocol-TLSv1.2': 'TLSv1.2',
};

/**
 * Reads a Classic Load Balancer TLS negotiation policy. AWS lists every protocol and cipher
 * attribute of the policy (with "true"/"false"), so those decide; where an answer carries only
 * Reference-Security-Policy, the predefined policy's row in the table decides.
 */
export function classicTlsPolicy(attrs: readonly { AttributeName?: string; AttributeValue?: string }[]): ClassicTlsPolicy {
  const reference = attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue ?? null;
  const protocolAttrs = attrs.filter((a) => a.AttributeName && a.AttributeName in PROTOCOL_ATTRS);
  const protocols = protocolAttrs.length ? protocolAttrs.filter((a) => a.AttributeValue === 'true').map((a) => PROTOCOL_ATTRS[a.AttributeName!]!) : null;
  const weakCiphers = attrs
    .filter((a) => a.AttributeValue === 'true' && a.AttributeName && !a.AttributeName.startsWith('Protocol-') && a.AttributeName !== 'Server-Defined-Cipher-Order' && isWeakCipher(a.AttributeName))
    .map((a) => a.AttributeName!);
  let profile: TlsPolicyProfile | null = null;
  if (protocols) {
    const min = ORDER.find((v) => protocols.includes(v));
    profile = min ? P(min, weakCiphers.length > 0) : null;
  } else if (reference) {
    profile = tlsPolicyProfile(reference);
  }
  return { reference, protocols, weakCiphers, profile };
}
