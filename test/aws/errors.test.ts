import { describe, expect, it } from 'vitest';
import { classifyError, errorCode, errorMessage, InventoryError, isAbsent } from '../../src/aws/errors.js';
import { awsError } from '../harness/aws.js';

describe('the error classifier', () => {
  it.each([
    ['AccessDenied', 'denied'], ['AccessDeniedException', 'denied'], ['UnauthorizedOperation', 'denied'], ['AuthorizationError', 'denied'],
    ['Throttling', 'throttled'], ['ThrottlingException', 'throttled'], ['RequestLimitExceeded', 'throttled'], ['SlowDown', 'throttled'], ['TooManyRequestsException', 'throttled'],
    ['OptInRequired', 'unsupported'], ['UnsupportedOperation', 'unsupported'], ['InvalidAction', 'unsupported'],
    ['ExpiredToken', 'credentials'], ['InvalidClientTokenId', 'credentials'], ['CredentialsProviderError', 'credentials'],
    ['NotRecorded', 'not-recorded'], ['ECONNRESET', 'network'], ['TimeoutError', 'timeout'], ['AbortError', 'aborted'],
  ])('%s → %s', (code, kind) => {
    expect(classifyError(awsError(code))).toBe(kind);
  });

  it('falls back on the HTTP status when the code is lost (a denial in another protocol shape)', () => {
    expect(classifyError(awsError('UnknownError', { status: 403 }))).toBe('denied');
    expect(classifyError(awsError('UnknownError', { status: 429 }))).toBe('throttled');
    expect(classifyError(awsError('UnknownError', { status: 501 }))).toBe('unsupported');
    expect(classifyError(awsError('InternalError', { status: 500, message: 'The get_snapshot_block_public_access_state action has not been implemented' }))).toBe('unsupported');
    expect(classifyError(awsError('InternalError', { status: 500 }))).toBe('unknown');
  });

  it('reads the code from Node network errors and AWS query errors', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(errorCode({ Code: 'NoSuchEntity', name: 'Error' })).toBe('NoSuchEntity');
  });

  it('treats only the declared codes as absence', () => {
    expect(isAbsent(awsError('NoSuchBucketPolicy'), ['NoSuchBucketPolicy'])).toBe(true);
    expect(isAbsent(awsError('AccessDenied'), ['NoSuchBucketPolicy'])).toBe(false);
    expect(isAbsent(awsError('NoSuchBucketPolicy'), undefined)).toBe(false);
  });

  it('describes a denial by the IAM action to grant', () => {
    const e = new InventoryError({ kind: 'denied', service: 's3', operation: 'GetBucketEncryption', iamAction: 's3:GetEncryptionConfiguration', code: 'AccessDenied', message: 'no', account: '1', region: 'eu-west-1' });
    expect(e.describe()).toContain('s3:GetEncryptionConfiguration');
    expect(e.describe()).toContain('eu-west-1');
  });
});

describe('answers that are not AWS API responses', () => {
  it('an HTML error page the SDK cannot parse is named by its HTTP status, not by the parser', () => {
    const err = Object.assign(new SyntaxError('Unexpected token \'<\', "<!doctype "... is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.'), { $metadata: { httpStatusCode: 500 } });
    expect(errorCode(err)).toBe('Http500');
    expect(errorMessage(err)).toMatch(/HTTP 500 with a body the SDK could not read/);
    expect(classifyError(err)).toBe('unknown');
    const xml = Object.assign(new Error('@aws-sdk XML parse error: mismatched tags <html> and </title>'), { name: 'Error', $metadata: { httpStatusCode: 502 } });
    expect(errorCode(xml)).toBe('Http502');
  });
});
