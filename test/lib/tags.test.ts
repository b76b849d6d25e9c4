import { describe, expect, it } from 'vitest';
import { classifyingTag } from '../../src/lib/tags.js';

describe('classifyingTag', () => {
  it('matches the key exactly and the value without case', () => {
    expect(classifyingTag([{ Key: 'env', Value: 'x' }, { Key: 'environment', Value: 'PROD' }], 'environment', ['prod'])).toEqual({ Key: 'environment', Value: 'PROD' });
    expect(classifyingTag([{ Key: 'Environment', Value: 'prod' }], 'environment', ['prod'])).toBeUndefined();
    expect(classifyingTag(null, 'environment', ['prod'])).toBeUndefined();
    expect(classifyingTag([{ Key: 'environment' }], 'environment', ['prod'])).toBeUndefined();
  });
});
