import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';
import { confusedDeputyStatements, isConfusedDeputyStatement, publicStatements } from '../../src/lib/resource-policy.js';

const stmt = (over: object) => parsePolicyDocument({ Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*', ...over }] }).Statement[0]!;
const svc = (Condition?: object) => stmt({ Principal: { Service: 'sns.amazonaws.com' }, ...(Condition ? { Condition } : {}) });

describe('isConfusedDeputyStatement', () => {
  it.each([
    ['no condition', svc(), true],
    ['a fixed aws:SourceArn', svc({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } }), false],
    ['an account-pinned aws:SourceArn pattern', svc({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }), false],
    ['a fixed aws:SourceAccount (case-insensitive key)', svc({ StringEquals: { 'AWS:SourceAccount': '111122223333' } }), false],
    ['aws:SourceOrgID', svc({ StringEquals: { 'aws:SourceOrgID': 'o-abc123' } }), false],
    ['a negated operator', svc({ StringNotEquals: { 'aws:SourceAccount': '999999999999' } }), true],
    ['IfExists', svc({ StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }), true],
    ['a wildcard source ARN', svc({ ArnLike: { 'aws:SourceArn': '*' } }), true],
    ['a bucket ARN pattern (no account field)', svc({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::logs-*' } }), true],
    ['a wildcard aws:SourceAccount', svc({ StringLike: { 'aws:SourceAccount': '1111*' } }), true],
  ])('%s → %s', (_why, s, expected) => {
    expect(isConfusedDeputyStatement(s)).toBe(expected);
  });

  it('ignores wildcard and AWS principals (publicStatements\' concern), Deny statements, and knows lambda:EventSourceToken for Lambda only', () => {
    expect(isConfusedDeputyStatement(stmt({ Principal: '*' }))).toBe(false);
    expect(isConfusedDeputyStatement(stmt({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } }))).toBe(false);
    expect(isConfusedDeputyStatement(stmt({ Effect: 'Deny', Principal: { Service: 'sns.amazonaws.com' } }))).toBe(false);
    const alexa = stmt({ Principal: { Service: 'alexa-appkit.amazon.com' }, Condition: { StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.abc' } } });
    expect(isConfusedDeputyStatement(alexa, 'lambda')).toBe(false);
    expect(isConfusedDeputyStatement(alexa, 'sqs')).toBe(true);
    expect(confusedDeputyStatements(null)).toEqual([]);
  });
});

describe('publicStatements: aws:SourceArn patterns', () => {
  const open = (value: string) => stmt({ Principal: '*', Condition: { ArnLike: { 'aws:SourceArn': value } } });
  it('an account-pinned pattern limits a Lambda grant (API Gateway source ARNs); other services keep S3\'s fixed-value reading', () => {
    const api = open('arn:aws:execute-api:us-east-1:111122223333:abc123/*');
    expect(publicStatements({ Statement: [api] }, 'lambda')).toEqual([]);
    expect(publicStatements({ Statement: [api] }, 'sqs')).toHaveLength(1);
    expect(publicStatements({ Statement: [open('arn:aws:execute-api:*:*:abc123/*')] }, 'lambda')).toHaveLength(1);
  });
});
