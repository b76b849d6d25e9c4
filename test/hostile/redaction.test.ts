/**
 * Redaction of recorded answers (src/inventory/redact.ts, src/lib/secrets.ts) on hostile text:
 * known credential formats anywhere in any string are replaced, documents keep their shape and
 * meaning, and megabytes of adversarial text are handled in linear time, failing closed.
 */
import { describe, expect, it } from 'vitest';
import { redact } from '../../src/inventory/redact.js';
import { parsePolicyDocument } from '../../src/lib/iam-policy.js';
import { redactSecretsInText } from '../../src/lib/secrets.js';

// Assembled from parts, so no scanner mistakes this file for a leak.
const KEY_ID = 'AKIA' + 'Z7Q2XW4RPLM3K9TB';
const GITHUB = 'gh' + 'p_' + 'aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5';
const PEM = ['-----BEGIN RSA ' + 'PRIVATE KEY-----', 'MIIEowIBAAKCAQEAx7Q2XW4RPLM3K9TBqweRTYuiop', 'asdfGHJKLzxcvBNM1234567890+/==', '-----END RSA ' + 'PRIVATE KEY-----'].join('\n');

describe('redactSecretsInText', () => {
  it('replaces embedded credentials of known formats, and keeps the rest of the text', () => {
    expect(redactSecretsInText(`deploy key ${KEY_ID} rotated`)).toBe('deploy key [REDACTED:aws-access-key-id] rotated');
    expect(redactSecretsInText(`token=${GITHUB}`)).toBe('token=[REDACTED:github-token]');
    expect(redactSecretsInText(`key:\n${PEM}\nend`)).toBe('key:\n[REDACTED:private-key]\nend');
    expect(redactSecretsInText('postgres://app:s3cr3t-Pw@db:5432/x')).toBe('postgres://app:[REDACTED:connection-string-password]@db:5432/x');
    expect(redactSecretsInText('postgres://app:${DB_PASSWORD}@db:5432/x')).toBe('postgres://app:${DB_PASSWORD}@db:5432/x');
    for (const plain of ['arn:aws:iam::123456789012:role/app', 'https://example.com/a@b', 'vpc-91237329', 'AROAEXAMPLEID123456789', '']) expect(redactSecretsInText(plain)).toBe(plain);
  });

  it('is idempotent', () => {
    const once = redactSecretsInText(`${KEY_ID} ${GITHUB} ${PEM} mysql://u:pw123@h/x`);
    expect(redactSecretsInText(once)).toBe(once);
  });

  it('keeps a JSON policy a valid policy with the same meaning (Sid and Condition values)', () => {
    const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: KEY_ID, Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:UserAgent': KEY_ID } } }] });
    const out = redactSecretsInText(doc);
    expect(out).not.toContain(KEY_ID);
    expect(parsePolicyDocument(out).Statement).toEqual([
      { Sid: '[REDACTED:aws-access-key-id]', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: ['*'], Condition: { StringEquals: { 'aws:UserAgent': ['[REDACTED:aws-access-key-id]'] } } },
    ]);
  });

  it('sees through URL encoding (IAM answers), and the document still parses', () => {
    const doc = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: KEY_ID, Effect: 'Allow', Action: '*', Resource: '*' }] }));
    const out = redactSecretsInText(doc);
    expect(out).not.toContain(KEY_ID);
    expect(parsePolicyDocument(out).Statement[0]).toMatchObject({ Sid: '[REDACTED:aws-access-key-id]', Action: ['*'] });
    const clean = encodeURIComponent('{"Statement":[]}');
    expect(redactSecretsInText(clean)).toBe(clean); // nothing to redact: byte for byte the same
    expect(redactSecretsInText('%E0%A4%A')).toBe('%E0%A4%A'); // not URL-encoded after all
  });

  it('takes the whole PEM block inside a JSON string (escaped line breaks), not just its header', () => {
    const out = redactSecretsInText(JSON.stringify({ Description: PEM, Other: 'kept' }));
    expect(JSON.parse(out)).toEqual({ Description: '[REDACTED:private-key]', Other: 'kept' });
  });

  it('linear time on megabytes of adversarial text; a regexp engine limit fails closed', () => {
    const inputs = ['a'.repeat(2_000_000), 'eyJ'.repeat(700_000), 'AIza'.repeat(500_000), 'x://'.repeat(500_000), '-----BEGIN '.repeat(200_000), 'postgres://' + 'a:'.repeat(1_000_000), 'AKIA'.repeat(500_000)];
    const start = performance.now();
    for (const text of inputs) {
      const out = redactSecretsInText(text);
      expect(typeof out).toBe('string');
    }
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 30_000);
});

describe('redact (the snapshot recorder)', () => {
  it('redacts tags, policies and descriptions, and leaves identifiers and numbers alone', () => {
    const out = redact({
      Tags: [{ Key: 'deploy-key', Value: KEY_ID }],
      TagSet: { owner: `${GITHUB}` },
      Policy: JSON.stringify({ Statement: [{ Sid: KEY_ID, Effect: 'Deny', Action: '*' }] }),
      Description: PEM,
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f',
      Size: 5,
      When: new Date(0),
    });
    const text = JSON.stringify(out);
    for (const secret of [KEY_ID, GITHUB, 'MIIEowIBAAKCAQEA']) expect(text).not.toContain(secret);
    expect(out).toMatchObject({ FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:f', Size: 5, Tags: [{ Key: 'deploy-key', Value: '[REDACTED:aws-access-key-id]' }] });
    expect(out.When).toBeInstanceOf(Date);
  });
});
