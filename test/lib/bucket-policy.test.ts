import { describe, expect, it } from 'vitest';
import { analyzeSecureTransport } from '../../src/lib/bucket-policy.js';
import { isPublicStatement as isPublic, publicStatements as publicOf, statementEvidence } from '../../src/lib/resource-policy.js';

const isPublicStatement = (s: Parameters<typeof isPublic>[0]) => isPublic(s, 's3');
const publicStatements = (d: Parameters<typeof publicOf>[0]) => publicOf(d, 's3');
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';

const ARN = 'arn:aws:s3:::logs-prod';
const policy = (...Statement: object[]) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement }));
const denyHttp = (over: object = {}) => ({
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [ARN, `${ARN}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  ...over,
});

describe('analyzeSecureTransport', () => {
  it('accepts the CIS statement on bucket and objects', () => {
    const a = analyzeSecureTransport(policy(denyHttp()), ARN);
    expect(a).toMatchObject({ denied: true, coversBucket: true, coversObjects: true });
    expect(a.statements.map((s) => s.Sid)).toEqual(['DenyHttp']);
  });

  it.each([
    ['Principal {"AWS":"*"}', { Principal: { AWS: '*' } }],
    ['BoolIfExists', { Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }],
    ['a boolean false value', { Condition: { Bool: { 'aws:SecureTransport': false } } }],
    ['Action "*"', { Action: '*' }],
    ['Action list holding s3:*', { Action: ['s3:GetObject', 'S3:*'] }],
    ['Resource "*"', { Resource: '*' }],
    ['Resource "arn:aws:s3:::logs-prod*"', { Resource: `${ARN}*` }],
    ['NotAction naming no S3 action', { Action: undefined, NotAction: ['ec2:*'] }],
    ['a case-insensitive key', { Condition: { Bool: { 'AWS:SecureTransport': 'FALSE' } } }],
  ])('accepts %s', (_name, over) => {
    expect(analyzeSecureTransport(policy(denyHttp(over)), ARN).denied).toBe(true);
  });

  it('accepts bucket and object coverage split over two statements', () => {
    const a = analyzeSecureTransport(policy(denyHttp({ Sid: 'b', Resource: ARN }), denyHttp({ Sid: 'o', Resource: `${ARN}/*` })), ARN);
    expect(a).toMatchObject({ denied: true, coversBucket: true, coversObjects: true });
  });

  it.each([
    ['only the objects (CIS v3 example resource alone)', { Resource: `${ARN}/*` }, { coversBucket: false, coversObjects: true }],
    ['only the bucket', { Resource: ARN }, { coversBucket: true, coversObjects: false }],
    ['a prefix of the objects', { Resource: [ARN, `${ARN}/private/*`] }, { coversBucket: true, coversObjects: false }],
    ['another bucket', { Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] }, { coversBucket: false, coversObjects: false }],
  ])('rejects a Deny covering %s', (_name, over, expected) => {
    expect(analyzeSecureTransport(policy(denyHttp(over)), ARN)).toMatchObject({ denied: false, ...expected });
  });

  it.each([
    ['an Allow', { Effect: 'Allow' }],
    ['Bool true (denies TLS requests instead)', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
    ['s3:TlsVersion instead of SecureTransport (a different control)', { Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }],
    ['a fixed principal', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['NotPrincipal', { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['only s3:GetObject and s3:PutObject', { Action: ['s3:GetObject', 's3:PutObject'] }],
    ['s3:Get*', { Action: 's3:Get*' }],
    ['NotAction excluding an S3 action', { Action: undefined, NotAction: ['s3:GetObject'] }],
    ['NotResource', { Resource: undefined, NotResource: ['arn:aws:s3:::other/*'] }],
    ['an extra narrowing condition', { Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }],
    ['no condition at all', { Condition: undefined }],
  ])('rejects %s', (_name, over) => {
    expect(analyzeSecureTransport(policy(denyHttp(over)), ARN).denied).toBe(false);
  });

  it('is not denied without a policy', () => {
    expect(analyzeSecureTransport(null, ARN)).toEqual({ denied: false, coversBucket: false, coversObjects: false, statements: [] });
  });
});

describe('isPublicStatement (S3 "meaning of public")', () => {
  const allow = (over: object = {}) => policy({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*`, ...over }).Statement[0]!;

  it.each([
    ['Principal "*"', {}],
    ['Principal {"AWS":"*"}', { Principal: { AWS: '*' } }],
    ['a wildcard in a principal ARN', { Principal: { AWS: 'arn:aws:iam::*:root' } }],
    ['NotPrincipal with Allow', { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['a wildcard aws:SourceVpc (StringLike vpc-*)', { Condition: { StringLike: { 'aws:SourceVpc': 'vpc-*' } } }],
    ['a policy variable value', { Condition: { StringEquals: { 'aws:userid': '${aws:userid}' } } }],
    ['a negated operator', { Condition: { StringNotEquals: { 'aws:SourceVpc': 'vpc-1' } } }],
    ['an IfExists operator (absent key passes)', { Condition: { StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-1' } } }],
    ['ForAllValues (absent key passes)', { Condition: { 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-abc' } } }],
    ['an unrecognised key', { Condition: { StringEquals: { 's3:prefix': 'home/' } } }],
    ['aws:SourceIp 0.0.0.0/0', { Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }],
    ['aws:SourceIp broader than /8', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '0.0.0.0/1'] } } }],
    ['aws:SourceIp IPv6 broader than /32', { Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/16' } } }],
    ['NotIpAddress', { Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }],
    ['a wildcard access point account', { Condition: { StringLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:*:accesspoint/*' } } }],
    ['only a SecureTransport condition', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
  ])('public: %s', (_name, over) => {
    expect(isPublicStatement(allow(over))).toBe(true);
  });

  it.each([
    ['a fixed account principal', { Principal: { AWS: 'arn:aws:iam::111122223333:root' } }],
    ['a service principal', { Principal: { Service: 'cloudtrail.amazonaws.com' } }],
    ['a canonical user (CloudFront OAI)', { Principal: { CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' } }],
    ['a fixed aws:SourceVpc', { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-91237329' } } }],
    ['a fixed aws:SourceVpce', { Condition: { StringEquals: { 'aws:sourcevpce': 'vpce-1a2b3c4d' } } }],
    ['a fixed aws:PrincipalOrgID', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }],
    ['a fixed aws:SourceAccount', { Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } }],
    ['a fixed aws:SourceArn (ArnLike without wildcard)', { Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/E1' } } }],
    ['a narrow aws:SourceIp', { Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.7'] } } }],
    ['aws:SourceIp exactly /8', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } }],
    ['a narrow IPv6 aws:SourceIp', { Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/48' } } }],
    ['an access point ARN wildcarding only the name', { Condition: { StringLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:123456789012:accesspoint/*' } } }],
    ['ForAnyValue with fixed org paths', { Condition: { 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgPaths': 'o-abc/r-ab12/ou-ab12-11111111/' } } }],
    ['one limiting condition among others', { Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }],
    ['a Deny', { Effect: 'Deny' }],
  ])('not public: %s', (_name, over) => {
    expect(isPublicStatement(allow(over))).toBe(false);
  });

  it('publicStatements returns only the public ones; none for no policy', () => {
    const doc = policy(
      { Sid: 'Trail', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${ARN}/*` },
      { Sid: 'World', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `${ARN}/*` },
    );
    expect(publicStatements(doc).map((s) => s.Sid)).toEqual(['World']);
    expect(publicStatements(null)).toEqual([]);
  });

  it('statementEvidence keeps the AWS field names and drops absent ones', () => {
    expect(statementEvidence(allow({ Sid: 'World' }))).toEqual({ Sid: 'World', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: [`${ARN}/*`] });
  });
});
