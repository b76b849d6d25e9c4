import { describe, expect, it } from 'vitest';
import { urlCarriesCredentials, urlCredentials } from '../../src/lib/url-credentials.js';

describe('urlCredentials', () => {
  it.each([
    ['https://github.com/example/app.git', null, false],
    ['artifacts-bucket/source.zip', null, false],
    ['https://jdoe@bitbucket.org/example/app.git', { hasUser: true, hasPassword: false, userKinds: [] }, false],
    ['https://jdoe:@bitbucket.org/example/app.git', { hasUser: true, hasPassword: false, userKinds: [] }, false],
    ['https://x-token-auth:NotARealToken123@bitbucket.org/example/app.git', { hasUser: true, hasPassword: true, userKinds: [] }, true],
    ['https://ghp_0123456789abcdefghijABCDEFGHIJ012345@github.com/example/app', { hasUser: true, hasPassword: false, userKinds: ['github-token'] }, true],
    ['https://[REDACTED:github-token]@github.com/example/app', { hasUser: true, hasPassword: false, userKinds: ['github-token'] }, true],
    ['https://u:[REDACTED:connection-string-password]@bitbucket.org/example/app.git', { hasUser: true, hasPassword: true, userKinds: [] }, true],
    ['https://user%40corp:p%40ss@git.example.com/app.git', { hasUser: true, hasPassword: true, userKinds: [] }, true],
  ])('%s', (url, expected, carries) => {
    const c = urlCredentials(url);
    expect(c).toEqual(expected);
    expect(urlCarriesCredentials(c)).toBe(carries);
  });

  it('stays linear on hostile input', () => {
    const t = Date.now();
    urlCredentials(`https://${':'.repeat(100_000)}`);
    urlCredentials(`https://${'a'.repeat(100_000)}@`);
    expect(Date.now() - t).toBeLessThan(500);
  });
});
