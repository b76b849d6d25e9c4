import { describe, expect, it } from 'vitest';
import { InventoryError } from '../../src/aws/errors.js';
import { invalidData, parseOrInvalid } from '../../src/aws/invalid-data.js';

const source = { service: 'iam' as const, operation: 'GetAccountAuthorizationDetails', account: '111122223333', region: 'global' };

describe('invalidData', () => {
  it('builds an invalid-data InventoryError whose IAM action comes from src/aws/operations.ts', () => {
    const err = invalidData(source, 'policy x has no document');
    expect(err).toBeInstanceOf(InventoryError);
    expect(err).toMatchObject({ kind: 'invalid-data', service: 'iam', operation: 'GetAccountAuthorizationDetails', iamAction: 'iam:GetAccountAuthorizationDetails', code: 'InvalidData' });
    expect(err.describe()).toContain('could not be parsed (policy x has no document)');
  });

  it('refuses an operation the scan does not know', () => {
    expect(() => invalidData({ ...source, operation: 'DeleteUser' }, 'x')).toThrow(/not in src\/aws\/operations.ts/);
  });
});

describe('parseOrInvalid', () => {
  it('returns the parse result', () => {
    expect(parseOrInvalid(source, 'doc', () => 42)).toBe(42);
  });

  it('turns a parser error into invalid-data naming what was parsed; keeps InventoryErrors as they are', () => {
    expect(() => parseOrInvalid(source, 'inline policy p of role r', () => JSON.parse('{'))).toThrow(InventoryError);
    try {
      parseOrInvalid(source, 'inline policy p of role r', () => {
        throw new Error('policy document is not valid JSON');
      });
    } catch (e) {
      expect((e as InventoryError).message).toBe('inline policy p of role r: policy document is not valid JSON');
    }
    const original = invalidData(source, 'inner');
    expect(() => parseOrInvalid(source, 'outer', () => {
      throw original;
    })).toThrow(original);
  });
});
