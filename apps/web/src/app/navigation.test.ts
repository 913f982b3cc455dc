import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import {
  canAccess,
  hrefByKey,
  hrefOf,
  NAVIGATION,
  type NavigationEntry,
  navigationFor,
  SHELL_BASE,
} from './navigation.ts';

describe('navigation registry', () => {
  it('has unique keys and unique paths per shell', () => {
    const keys = NAVIGATION.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    const hrefs = NAVIGATION.map(hrefOf);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('lists the pages that exist today, in order', () => {
    expect(navigationFor('portal').map(hrefOf)).toEqual([
      '/',
      '/thu-tuc',
      '/tra-cuu-ho-so',
      '/lich-nghi',
      '/xac-thuc',
      '/gioi-thieu',
    ]);
    expect(navigationFor('workspace', []).map(hrefOf)).toEqual([
      '/app',
      '/app/to-chuc',
      '/app/lich-lam-viec',
    ]);
    expect(navigationFor('workspace', { roles: [], permissions: ['audit.read'] }).map(hrefOf)).toEqual([
      '/app',
      '/app/to-chuc',
      '/app/lich-lam-viec',
      '/app/nhat-ky',
    ]);
  });

  it('has a Vietnamese and an English label for every entry', () => {
    for (const entry of NAVIGATION) {
      for (const keyName of [entry.labelKey, entry.descriptionKey].filter(Boolean) as string[]) {
        for (const lng of ['vi', 'en']) {
          expect(i18n.exists(keyName, { lng }), `${lng}:${keyName}`).toBe(true);
        }
      }
    }
    expect(i18n.t('nav.procedures', { lng: 'vi' })).toBe('Thủ tục hành chính');
  });

  it('uses lower-case slugs without leading slash', () => {
    for (const entry of NAVIGATION) expect(entry.path).toMatch(/^([a-z0-9-]+(\/[a-z0-9-]+)*)?$/);
  });

  it('loads a component for every entry', async () => {
    for (const entry of NAVIGATION) expect(typeof (await entry.load())).toBe('function');
  });

  it('builds hrefs under the shell base', () => {
    expect(hrefOf({ shell: 'portal', path: '' })).toBe('/');
    expect(hrefOf({ shell: 'portal', path: 'thu-tuc' })).toBe('/thu-tuc');
    expect(hrefOf({ shell: 'workspace', path: '' })).toBe(SHELL_BASE.workspace);
    expect(hrefOf({ shell: 'workspace', path: 'ho-so' })).toBe('/app/ho-so');
    expect(hrefByKey('procedures')).toBe('/thu-tuc');
    expect(() => hrefByKey('khong-co')).toThrow();
  });

  it('lets a module register one entry, with roles', () => {
    const admin: NavigationEntry = {
      key: 'admin',
      shell: 'workspace',
      path: 'quan-tri',
      labelKey: 'nav.dashboard',
      icon: () => null,
      order: 90,
      roles: ['admin'],
      load: async () => () => null,
    };
    const entries = [...NAVIGATION, admin];
    expect(navigationFor('workspace', ['officer'], entries).map((e) => e.key)).toEqual([
      'dashboard',
      'org',
      'work-calendar',
    ]);
    expect(navigationFor('workspace', ['admin'], entries).map((e) => e.key)).toEqual([
      'dashboard',
      'org',
      'work-calendar',
      'admin',
    ]);
    expect(canAccess(admin, ['admin'])).toBe(true);
    expect(canAccess(admin)).toBe(false);
  });

  it('gates an entry by permissions (any of), alone or together with roles', () => {
    const base = { shell: 'workspace', labelKey: 'nav.dashboard', icon: () => null, order: 95 } as const;
    const log: NavigationEntry = {
      ...base,
      key: 'log',
      path: 'log',
      permissions: ['audit.read', 'audit.verify'],
      load: async () => () => null,
    };
    const both: NavigationEntry = {
      ...base,
      key: 'both',
      path: 'both',
      roles: ['system_admin'],
      permissions: ['audit.read'],
      load: async () => () => null,
    };
    expect(canAccess(log, { permissions: ['audit.verify'] })).toBe(true);
    expect(canAccess(log, { roles: ['system_admin'], permissions: ['calendar.manage'] })).toBe(false);
    expect(canAccess(log, ['system_admin'])).toBe(false);
    expect(canAccess(log)).toBe(false);
    expect(canAccess(both, { roles: ['system_admin'], permissions: ['audit.read'] })).toBe(true);
    expect(canAccess(both, { roles: ['system_admin'] })).toBe(false);
    expect(canAccess(both, { permissions: ['audit.read'] })).toBe(false);
    const entries = [...NAVIGATION, log];
    expect(navigationFor('workspace', { permissions: ['audit.read'] }, entries).map((e) => e.key)).toContain(
      'log',
    );
    expect(navigationFor('workspace', { permissions: [] }, entries).map((e) => e.key)).not.toContain('log');
    // The audit viewer is registered with this gate.
    expect(NAVIGATION.find((entry) => entry.key === 'audit')?.permissions).toEqual(['audit.read']);
  });
});
