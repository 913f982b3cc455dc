import { describe, expect, it } from 'vitest';
import { loginHref, safeNext } from './safe-next.ts';

describe('safeNext', () => {
  it('keeps workspace paths', () => {
    expect(safeNext('/app')).toBe('/app');
    expect(safeNext('/app/ho-so?trang=2#a')).toBe('/app/ho-so?trang=2#a');
  });

  it('refuses anything else', () => {
    for (const next of [
      null,
      '',
      '/',
      '/thu-tuc',
      '//evil.example',
      'https://evil.example/app',
      '/application',
      '/app\\x',
      '/app/login',
      '/app/login?next=/app',
    ]) {
      expect(safeNext(next), String(next)).toBe('/app');
    }
  });

  it('builds the login URL with next', () => {
    expect(loginHref('/app/ho-so?a=1')).toBe('/app/login?next=%2Fapp%2Fho-so%3Fa%3D1');
  });
});
