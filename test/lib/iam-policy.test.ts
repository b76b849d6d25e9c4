import { describe, expect, it } from 'vitest';
import { globMatch } from '../../src/util/glob.js';
import {
  conditionValues,
  isAllowAllExceptStatement,
  isAnonymousPrincipal,
  isFullAdminStatement,
  parsePolicyDocument,
  statementCoversAction,
  statementCoversAllResources,
  type Statement,
} from '../../src/lib/iam-policy.js';

const one = (statement: object): Statement => parsePolicyDocument({ Version: '2012-10-17', Statement: [statement] }).Statement[0]!;

describe('parsePolicyDocument', () => {
  it('accepts a single Statement object as well as a list', () => {
    const single = parsePolicyDocument({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' } });
    expect(single).toEqual({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }] });
    expect(parsePolicyDocument({ Statement: [] }).Statement).toEqual([]);
    expect(parsePolicyDocument({ Version: '2012-10-17' }).Statement).toEqual([]);
  });

  it('normalizes Action / NotAction / Resource / NotResource given as a string or a list', () => {
    expect(one({ Effect: 'Deny', NotAction: 'iam:*', NotResource: ['arn:aws:s3:::a', 'arn:aws:s3:::b'] })).toEqual({
      Effect: 'Deny',
      NotAction: ['iam:*'],
      NotResource: ['arn:aws:s3:::a', 'arn:aws:s3:::b'],
    });
    expect(one({ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }).Action).toEqual(['s3:Get*', 's3:List*']);
  });

  it('keeps Sid, Id and Version when they are strings', () => {
    const doc = parsePolicyDocument({ Version: '2012-10-17', Id: 'pol-1', Statement: [{ Sid: 'One', Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(doc).toMatchObject({ Version: '2012-10-17', Id: 'pol-1', Statement: [{ Sid: 'One' }] });
  });

  it('normalizes Principal "*", {"AWS": "*"} and {"AWS": [...]} and NotPrincipal', () => {
    expect(one({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }).Principal).toBe('*');
    expect(one({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: '*' }).Principal).toEqual({ AWS: ['*'] });
    expect(one({ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:root', '*'], Service: 'logs.amazonaws.com' }, Action: 's3:*', Resource: '*' }).Principal).toEqual({
      AWS: ['arn:aws:iam::111122223333:root', '*'],
      Service: ['logs.amazonaws.com'],
    });
    expect(one({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/admin' }, Action: '*', Resource: '*' }).NotPrincipal).toEqual({
      AWS: ['arn:aws:iam::111122223333:role/admin'],
    });
  });

  it('normalizes Condition values to lists, keeping operator names such as ForAnyValue:... and ...IfExists', () => {
    const s = one({
      Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*',
      Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' }, 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-1/*', 'o-2/*'] }, NumericLessThan: { 's3:TlsVersion': 1.2 } },
    });
    expect(s.Condition).toEqual({
      BoolIfExists: { 'aws:SecureTransport': ['false'] },
      'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-1/*', 'o-2/*'] },
      NumericLessThan: { 's3:TlsVersion': ['1.2'] },
    });
  });

  it('decodes URL-encoded documents as GetAccountAuthorizationDetails returns them', () => {
    const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::my bucket/a+b%/*' }] };
    const expected = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::my bucket/a+b%/*'] }] };
    expect(parsePolicyDocument(encodeURIComponent(JSON.stringify(doc)))).toEqual(expected);
    // Pretty-printed, and stored with leading whitespace: the encoding then starts with %0A or %20.
    expect(parsePolicyDocument(encodeURIComponent(JSON.stringify(doc, null, 4)))).toEqual(expected);
    expect(parsePolicyDocument(encodeURIComponent(`\n  ${JSON.stringify(doc)}`))).toEqual(expected);
    // Lower-case escapes are valid too.
    expect(parsePolicyDocument(encodeURIComponent(JSON.stringify(doc)).replace(/%7B/g, '%7b'))).toEqual(expected);
  });

  it('does not decode a plain JSON document that contains percent signs', () => {
    const plain = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/100%25/*' }] });
    expect(parsePolicyDocument(plain).Statement[0]!.Resource).toEqual(['arn:aws:s3:::b/100%25/*']);
    expect(parsePolicyDocument(`  \n${plain}`).Statement).toHaveLength(1);
  });

  it('throws on invalid JSON, broken URL encoding and non-policies', () => {
    expect(() => parsePolicyDocument('{"Statement": [')).toThrow(/not valid JSON/);
    expect(() => parsePolicyDocument('%7B%ZZ')).toThrow(/URL-encoded/);
    expect(() => parsePolicyDocument(encodeURIComponent('{"Statement": ['))).toThrow(/not valid JSON/);
    expect(() => parsePolicyDocument('[]')).toThrow(/not a JSON object/);
    expect(() => parsePolicyDocument('null')).toThrow(/not a JSON object/);
    expect(() => parsePolicyDocument({ Statement: ['x'] })).toThrow(/Statement 0/);
    expect(() => parsePolicyDocument({ Statement: [{ Effect: 'allow', Action: '*' }] })).toThrow(/Effect/);
    expect(() => parsePolicyDocument({ Statement: [{ Effect: 'Allow', Principal: 'arn:aws:iam::1:root' }] })).toThrow(/Principal/);
    expect(() => parsePolicyDocument({ Statement: [{ Effect: 'Allow', Condition: { Bool: 'x' } }] })).toThrow(/Condition/);
  });
});

describe('globMatch', () => {
  it('matches * and ? as IAM does, literally otherwise', () => {
    expect(globMatch('s3:Get*', 's3:GetObject')).toBe(true);
    expect(globMatch('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(globMatch('arn:aws:s3:::b.c/*', 'arn:aws:s3:::bxc/k')).toBe(false); // "." is literal
    expect(globMatch('arn:aws:s3:::b/(x)', 'arn:aws:s3:::b/(x)')).toBe(true);
  });

  it('is case-insensitive only when asked (actions)', () => {
    expect(globMatch('S3:getobject', 's3:GetObject')).toBe(false);
    expect(globMatch('S3:getobject', 's3:GetObject', true)).toBe(true);
  });
});

describe('statement helpers', () => {
  it('statementCoversAction: Action globs, NotAction as complement, neither as nothing', () => {
    expect(statementCoversAction(one({ Effect: 'Allow', Action: 'S3:*', Resource: '*' }), 's3:PutObject')).toBe(true);
    expect(statementCoversAction(one({ Effect: 'Allow', NotAction: ['s3:Delete*'], Resource: '*' }), 's3:PutObject')).toBe(true);
    expect(statementCoversAction(one({ Effect: 'Allow', NotAction: ['s3:Delete*'], Resource: '*' }), 's3:DeleteBucket')).toBe(false);
    expect(statementCoversAction(one({ Effect: 'Allow', Resource: '*' }), 's3:PutObject')).toBe(false);
  });

  it('statementCoversAllResources: "*" in Resource, or any NotResource', () => {
    expect(statementCoversAllResources(one({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::b', '*'] }))).toBe(true);
    expect(statementCoversAllResources(one({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b' }))).toBe(false);
    expect(statementCoversAllResources(one({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::b' }))).toBe(true);
  });

  it('isFullAdminStatement: Allow of "*" or "*:*" on "*"; not Deny, not NotAction, not scoped resources', () => {
    expect(isFullAdminStatement(one({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBe(true);
    expect(isFullAdminStatement(one({ Effect: 'Allow', Action: ['s3:GetObject', '*:*'], Resource: '*' }))).toBe(true);
    expect(isFullAdminStatement(one({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }))).toBe(true);
    expect(isFullAdminStatement(one({ Effect: 'Deny', Action: '*', Resource: '*' }))).toBe(false);
    expect(isFullAdminStatement(one({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }))).toBe(false);
    expect(isFullAdminStatement(one({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }))).toBe(false);
    expect(isFullAdminStatement(one({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::b/*' }))).toBe(false);
  });

  it('isAllowAllExceptStatement: Allow NotAction on all resources only', () => {
    expect(isAllowAllExceptStatement(one({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }))).toBe(true);
    expect(isAllowAllExceptStatement(one({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:iam::1:role/x' }))).toBe(true);
    expect(isAllowAllExceptStatement(one({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }))).toBe(false);
    expect(isAllowAllExceptStatement(one({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:s3:::b' }))).toBe(false);
    expect(isAllowAllExceptStatement(one({ Effect: 'Allow', Action: '*', Resource: '*' }))).toBe(false);
  });

  it('isAnonymousPrincipal: "*", {"AWS":"*"}, a "*" inside the AWS list; not accounts or services', () => {
    const p = (Principal: unknown) => one({ Effect: 'Allow', Principal, Action: 's3:GetObject', Resource: '*' }).Principal;
    expect(isAnonymousPrincipal(p('*'))).toBe(true);
    expect(isAnonymousPrincipal(p({ AWS: '*' }))).toBe(true);
    expect(isAnonymousPrincipal(p({ AWS: ['arn:aws:iam::111122223333:root', '*'] }))).toBe(true);
    expect(isAnonymousPrincipal(p({ AWS: ['arn:aws:iam::111122223333:root'] }))).toBe(false);
    expect(isAnonymousPrincipal(p({ Service: 'cloudtrail.amazonaws.com' }))).toBe(false);
    expect(isAnonymousPrincipal(undefined)).toBe(false);
  });

  it('conditionValues: finds a key under the bare operator, IfExists and ForAnyValue/ForAllValues forms, key case-insensitive', () => {
    const s = one({
      Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*',
      Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' }, 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': ['o-abc'] } },
    });
    expect(conditionValues(s, 'Bool', 'aws:securetransport')).toEqual(['false']);
    expect(conditionValues(s, 'StringEquals', 'aws:PrincipalOrgID')).toEqual(['o-abc']);
    expect(conditionValues(s, 'StringLike', 'aws:PrincipalOrgID')).toBeUndefined();
    expect(conditionValues(one({ Effect: 'Allow', Action: '*', Resource: '*' }), 'Bool', 'aws:SecureTransport')).toBeUndefined();
  });
});
