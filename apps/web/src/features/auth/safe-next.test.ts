import { describe, expect, it } from 'vitest';
import { isSsoInteraction, loginHref, safeNext } from './safe-next.ts';

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

  it('keeps a single sign-on interaction of the platform, and nothing that only looks like one', () => {
    expect(safeNext('/oidc/interaction/aB3_x-Yz9')).toBe('/oidc/interaction/aB3_x-Yz9');
    for (const next of [
      '/oidc/interaction/',
      '/oidc/interaction/abc/../../evil',
      '/oidc/interaction/abc?next=https://evil.example',
      '/oidc/interaction/abc#x',
      '/oidc/interaction/abc/',
      '//oidc/interaction/abc',
      '/oidc/auth/abc',
      'https://evil.example/oidc/interaction/abc',
      '/oidc/interaction/abc%2F..',
      `/oidc/interaction/${'a'.repeat(65)}`,
    ]) {
      expect(safeNext(next), next).toBe('/app');
    }
    expect(isSsoInteraction('/oidc/interaction/abc')).toBe(true);
    expect(isSsoInteraction('/app/oidc/interaction/abc')).toBe(false);
  });

  it('builds the login URL with next', () => {
    expect(loginHref('/app/ho-so?a=1')).toBe('/app/login?next=%2Fapp%2Fho-so%3Fa%3D1');
  });
});
