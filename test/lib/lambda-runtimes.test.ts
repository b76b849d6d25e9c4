import { describe, expect, it } from 'vitest';
import { isRuntimeDeprecated, LAMBDA_RUNTIME_DEPRECATION, runtimeStatus } from '../../src/lib/lambda-runtimes.js';

describe('lambda runtime deprecation table', () => {
  it('holds valid ISO dates only', () => {
    for (const [runtime, date] of Object.entries(LAMBDA_RUNTIME_DEPRECATION)) {
      expect(date, runtime).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(date)), runtime).toBe(false);
    }
  });

  it('is deprecated from the deprecation date on (UTC), not the day before', () => {
    expect(isRuntimeDeprecated(runtimeStatus('python3.9', new Date('2025-12-14T23:59:59Z')))).toBe(false);
    expect(isRuntimeDeprecated(runtimeStatus('python3.9', new Date('2025-12-15T00:00:00Z')))).toBe(true);
  });

  it('warnDays fails ahead of the date', () => {
    const s = runtimeStatus('nodejs22.x', new Date('2027-04-01T00:00:00Z'));
    expect(s).toEqual({ runtime: 'nodejs22.x', deprecationDate: '2027-04-30', daysUntilDeprecation: 29 });
    expect(isRuntimeDeprecated(s, 0)).toBe(false);
    expect(isRuntimeDeprecated(s, 30)).toBe(true);
  });

  it('an unknown runtime has no date and is never deprecated', () => {
    const s = runtimeStatus('nodejs26.x', new Date('2030-01-01T00:00:00Z'));
    expect(s.deprecationDate).toBeUndefined();
    expect(isRuntimeDeprecated(s, 365)).toBe(false);
  });
});
