import { describe, expect, it } from 'vitest';
import { isS3RestOrigin, targetOrigins } from '../../src/lib/cloudfront.js';

describe('CloudFront origins', () => {
  it.each([
    [{ Id: 'a', DomainName: 'a.s3.amazonaws.com', S3OriginConfig: { OriginAccessIdentity: '' } }, true],
    [{ Id: 'b', DomainName: 'b.s3.eu-west-1.amazonaws.com' }, true],
    [{ Id: 'c', DomainName: 'c.s3-eu-west-1.amazonaws.com' }, true],
    [{ Id: 'd', DomainName: 'd.s3.cn-north-1.amazonaws.com.cn' }, true],
    [{ Id: 'e', DomainName: 'e.s3-website-eu-west-1.amazonaws.com' }, false],
    [{ Id: 'f', DomainName: 'f.s3-website.eu-west-1.amazonaws.com' }, false],
    [{ Id: 'g', DomainName: 'g.s3.amazonaws.com', CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' as const } }, false],
    [{ Id: 'h', DomainName: 'shop.example.com' }, false],
  ])('%o is an S3 REST origin: %s', (origin, expected) => {
    expect(isS3RestOrigin(origin)).toBe(expected);
  });

  it('a behaviour targeting an origin group reaches its members', () => {
    const config = { OriginGroups: { Quantity: 1, Items: [{ Id: 'grp', FailoverCriteria: undefined, Members: { Quantity: 2, Items: [{ OriginId: 'a' }, { OriginId: 'b' }] } }] } } as never;
    expect(targetOrigins(config, 'grp')).toEqual(['a', 'b']);
    expect(targetOrigins(config, 'c')).toEqual(['c']);
  });
});
