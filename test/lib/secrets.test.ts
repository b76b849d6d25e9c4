import { describe, expect, it } from 'vitest';
import { detectSecrets, isReference, markerKinds, redactionMarker, redactVariables, shannonEntropy } from '../../src/lib/secrets.js';

// Fake credentials are assembled from parts so the repository holds no string a secret scanner
// would take for a real one. AKIAIOSFODNN7EXAMPLE and its secret are AWS's documentation examples.
const ACCESS_KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY';
const JWT = 'eyJhbGciOiJIUzI1NiJ9' + '.eyJzdWIiOiIxMjM0In0' + '.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const PEM = '-----BEGIN RSA ' + 'PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const kinds = (vars: Record<string, string>) => Object.fromEntries(detectSecrets(vars).map((h) => [h.name, h.kinds]));

describe('detectSecrets: known formats', () => {
  it.each([
    ['aws-access-key-id', ACCESS_KEY_ID],
    ['aws-access-key-id', 'ASIA' + 'Y34FZKBOKMUTVV7A'],
    ['private-key', PEM],
    ['private-key', '-----BEGIN OPENSSH ' + 'PRIVATE KEY-----\nb3BlbnNzaC1rZXk='],
    ['jwt', JWT],
    ['github-token', 'ghp' + '_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'],
    ['github-token', 'github_pat' + '_11ABCDEFG0123456789_abcdefghijklmnopqrstuv'],
    ['slack-token', 'xox' + 'b-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'],
    ['slack-webhook', 'https://hooks.slack.com/services/' + 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
    ['stripe-secret-key', 'sk' + '_live_' + '4eC39HqLyjWDarjtT1zdp7dc'],
    ['google-api-key', 'AIza' + 'SyA-1234567890abcdefghijklmnopqrstu'],
    ['connection-string-password', 'postgres://app:s3cr3t-pw@db.internal:5432/orders'],
    ['connection-string-password', 'redis://:hunter2@cache.internal:6379'],
  ])('%s', (kind, value) => {
    expect(detectSecrets({ CONFIG: value })).toEqual([{ name: 'CONFIG', kinds: [expect.stringMatching(kind)] }]);
  });

  it('a 40-character secret key next to an access key id is an AWS secret access key; alone it is only high entropy', () => {
    expect(kinds({ KEY_ID: ACCESS_KEY_ID, KEY: SECRET_KEY })).toEqual({ KEY_ID: ['aws-access-key-id'], KEY: ['aws-secret-access-key'] });
    expect(kinds({ KEY: SECRET_KEY })).toEqual({ KEY: ['high-entropy'] });
    expect(kinds({ AWS_SECRET_ACCESS_KEY: SECRET_KEY })).toEqual({ AWS_SECRET_ACCESS_KEY: ['aws-secret-access-key', 'secret-name'] });
  });
});

describe('detectSecrets: credential names', () => {
  it('flags a literal value under a credential name, in any naming style', () => {
    expect(kinds({ DB_PASSWORD: 'hunter2', apiKey: 'abc', 'client-secret': 'x1', GITHUB_TOKEN: 'zz', PRIVATE_KEY: 'k', SECRET: 's' })).toEqual({
      DB_PASSWORD: ['secret-name'], apiKey: ['secret-name'], 'client-secret': ['secret-name'], GITHUB_TOKEN: ['secret-name'], PRIVATE_KEY: ['secret-name'], SECRET: ['secret-name'],
    });
  });

  it('does not flag references, placeholders, empty values, settings, or names that only mention a credential', () => {
    expect(detectSecrets({
      DB_PASSWORD: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf',
      API_KEY: '/prod/app/api-key',
      TOKEN: '{{resolve:secretsmanager:prod/token:SecretString:value}}',
      SECRET: '${SECRET_FROM_PIPELINE}',
      PASSWORD: '',
      AUTH_TOKEN: 'false',
      TOKEN_TTL: '3600',
      SECRET_ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/secret',
      PASSWORD_MIN_LENGTH: '14',
      ACCESS_TOKEN: 'https://vault.internal/v1/token',
    })).toEqual([]);
  });
});

describe('detectSecrets: false positives stay out', () => {
  it.each([
    ['UUID', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    ['ARN', 'arn:aws:sns:eu-west-1:111122223333:orders-topic'],
    ['URL without password', 'https://api.example.com/v1/resources?page=1&limit=50'],
    ['connection string without password', 'postgres://app@db.internal:5432/orders'],
    ['connection string with a placeholder password', 'mysql://app:${DB_PASSWORD}@db.internal/orders'],
    ['base64 of short text', b64('hello')],
    ['base64 of a sentence', b64('hello world, this is a config blob')],
    ['SHA-256 hex digest', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['CamelCase identifier', 'ThisIsAVeryLongCamelCaseIdentifierName'],
    ['JSON settings', '{"logLevel":"debug","retries":3,"regions":["eu-west-1","us-east-1"]}'],
    ['sentence', 'Orders service for the EU storefront, owned by team checkout'],
    ['Stripe publishable key', 'pk' + '_live_' + '4eC39HqLyjWDarjtT1zdp7dc'],
  ])('%s', (_what, value) => {
    expect(detectSecrets({ SETTING: value })).toEqual([]);
  });

  it('flags an opaque random token by entropy', () => {
    expect(kinds({ SETTING: 'q8Zr3LxP0vN7tYb2KcWm5HsJ9dFgA1eU' })).toEqual({ SETTING: ['high-entropy'] });
  });
});

describe('redaction markers', () => {
  it('redactVariables keeps kinds, never values; detectSecrets reads the markers back as the same findings', () => {
    const vars = { KEY_ID: ACCESS_KEY_ID, KEY: SECRET_KEY, DB_PASSWORD: 'hunter2', TOKEN: JWT, REGION: 'eu-west-1', SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:x' };
    const redacted = redactVariables(vars);
    expect(redacted).toEqual({
      KEY_ID: '[REDACTED:aws-access-key-id]',
      KEY: '[REDACTED:aws-secret-access-key]',
      DB_PASSWORD: '[REDACTED:secret-name]',
      TOKEN: '[REDACTED:jwt,secret-name]',
      REGION: '[REDACTED]',
      SECRET_ARN: '[REDACTED]',
    });
    const text = JSON.stringify(redacted);
    for (const v of Object.values(vars)) expect(text).not.toContain(v);
    expect(detectSecrets(redacted)).toEqual(detectSecrets(vars));
  });

  it('a plain [REDACTED] is no finding, even under a credential name; unknown kinds in a marker are ignored', () => {
    expect(detectSecrets({ DB_PASSWORD: '[REDACTED]', X: '[REDACTED:made-up,jwt]' })).toEqual([{ name: 'X', kinds: ['jwt'] }]);
    expect(markerKinds('[REDACTED]')).toEqual([]);
    expect(markerKinds('not a marker')).toBeUndefined();
    expect(redactionMarker([])).toBe('[REDACTED]');
  });

  it('non-string values are redacted plainly', () => {
    expect(redactVariables({ N: 3 as unknown as string })).toEqual({ N: '[REDACTED]' });
  });
});

describe('helpers', () => {
  it('shannonEntropy', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
  it('isReference', () => {
    expect(isReference('arn:aws-us-gov:secretsmanager:us-gov-west-1:111122223333:secret:x')).toBe(true);
    expect(isReference('/a/b/c')).toBe(true);
    expect(isReference('{{resolve:ssm-secure:/p:1}}')).toBe(true);
    expect(isReference('hunter2')).toBe(false);
  });
});
