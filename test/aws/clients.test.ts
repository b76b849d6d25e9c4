import { describe, expect, it } from 'vitest';
import { ClientFactory, DEFAULT_CLIENT_OPTIONS, endpointOverride } from '../../src/aws/clients.js';

const creds = async () => ({ accessKeyId: 'a', secretAccessKey: 'b' });

describe('the client factory', () => {
  it('reads the SDK endpoint override variables, the service-specific one first', () => {
    expect(endpointOverride('s3', { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://s3' })).toBe('http://s3');
    expect(endpointOverride('s3control', { AWS_ENDPOINT_URL: 'http://a' })).toBe('http://a');
    expect(endpointOverride('iam', {})).toBeUndefined();
  });

  it('makes one client per service and region, with adaptive retries and the configured attempts', async () => {
    const f = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, maxAttempts: 5, env: {} }, creds);
    const [a, again, other] = await Promise.all([f.get('ec2', 'eu-west-1'), f.get('ec2', 'eu-west-1'), f.get('ec2', 'us-east-1')]);
    expect(again).toBe(a);
    expect(other).not.toBe(a);
    const config = (a as unknown as { config: { maxAttempts: () => Promise<number>; retryStrategy: () => Promise<{ mode: string }>; region: () => Promise<string> } }).config;
    expect(await config.maxAttempts()).toBe(5);
    expect((await config.retryStrategy()).mode).toBe('adaptive');
    expect(await config.region()).toBe('eu-west-1');
    await f.destroy();
  });

  it('against an emulator: path-style S3 and a plain S3 Control endpoint (no account-id host prefix)', async () => {
    const f = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' } }, creds);
    const s3 = (await f.get('s3', 'us-east-1')) as unknown as { config: { forcePathStyle: boolean | (() => Promise<boolean>) } };
    const force = typeof s3.config.forcePathStyle === 'function' ? await s3.config.forcePathStyle() : s3.config.forcePathStyle;
    expect(force).toBe(true);
    const s3c = (await f.get('s3control', 'us-east-1')) as unknown as { config: { endpointProvider: (p: object) => { url: URL } } };
    expect(s3c.config.endpointProvider({ AccountId: '123456789012' }).url.host).toBe('127.0.0.1:5000');
    await f.destroy();
  });

  it('loads a service\'s SDK package only when its first client is built', async () => {
    const f = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, env: {} }, creds);
    const client = await f.get('sqs', 'us-east-1');
    const { SQSClient } = await import('@aws-sdk/client-sqs');
    expect(client).toBeInstanceOf(SQSClient);
    await f.destroy();
  });

  it('leaves S3 virtual-hosted against real AWS', async () => {
    const f = new ClientFactory({ ...DEFAULT_CLIENT_OPTIONS, env: {} }, creds);
    const s3 = (await f.get('s3', 'us-east-1')) as unknown as { config: { forcePathStyle?: boolean | (() => Promise<boolean>) } };
    const force = typeof s3.config.forcePathStyle === 'function' ? await s3.config.forcePathStyle() : s3.config.forcePathStyle;
    expect(force ?? false).toBe(false);
    await f.destroy();
  });
});
