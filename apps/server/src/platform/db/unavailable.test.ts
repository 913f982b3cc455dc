import { describe, expect, it } from 'vitest';
import { isUnavailableError } from './database.ts';

describe('isUnavailableError (answered 503, not 500)', () => {
  it('recognises the driver errors, also wrapped by Drizzle as the cause', () => {
    const pool = new Error('timeout exceeded when trying to connect');
    expect(isUnavailableError(pool)).toBe(true);
    const wrapped = new Error('Failed query: select 1', { cause: pool });
    expect(isUnavailableError(wrapped)).toBe(true);
    expect(isUnavailableError(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isUnavailableError(new Error('Failed query', { cause: new Error('syntax error') }))).toBe(false);
    expect(isUnavailableError('timeout exceeded when trying to connect')).toBe(false);
  });
});
