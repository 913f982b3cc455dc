import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from '@lienthong/contracts';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.ts';
import {
  isGrantActive,
  lockDurationMs,
  normaliseUsername,
  passwordProblem,
  periodsOverlap,
  permissionsOf,
  vnDate,
  vnDateTime,
} from './identity.policy.ts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.ts';
import { createSecretBox, loadServerKey } from './secret-box.ts';
import { base32Decode, base32Encode, hotp, otpauthUri, totpAt, verifyTotp } from './totp.ts';

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const RFC_VECTORS: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('matches the SHA-1 test vectors, in 8 digits and in their 6-digit truncation', () => {
    for (const [seconds, code] of RFC_VECTORS) {
      const at = new Date(seconds * 1000);
      expect(totpAt(RFC_SECRET, at, 8), String(seconds)).toBe(code);
      expect(totpAt(RFC_SECRET, at), String(seconds)).toBe(code.slice(2));
    }
  });

  it('matches the RFC 4226 HOTP values', () => {
    const key = Buffer.from('12345678901234567890');
    expect([0, 1, 2, 9].map((c) => hotp(key, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('accepts ±1 step, refuses further drift and any step already used', () => {
    const at = new Date(59_000);
    expect(verifyTotp(RFC_SECRET, '287082', at, null)).toBe(1);
    expect(verifyTotp(RFC_SECRET, '287082', new Date(89_000), null)).toBe(1);
    expect(verifyTotp(RFC_SECRET, '287082', new Date(120_000), null)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '287082', at, 1)).toBeNull();
    expect(verifyTotp(RFC_SECRET, '12345', at, null)).toBeNull();
  });

  it('round-trips Base32 and builds the otpauth URI with the issuer', () => {
    const bytes = randomBytes(20);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'quantri');
    expect(uri).toBe(
      'otpauth://totp/Li%C3%AAn%20Th%C3%B4ng:quantri?secret=JBSWY3DPEHPK3PXP&issuer=Li%C3%AAn%20Th%C3%B4ng&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('passwords (argon2id)', () => {
  it('stores a PHC string and verifies only the right password', async () => {
    const hash = await hashPassword('mật-khẩu-đủ-dài');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword('mật-khẩu-đủ-dài', hash)).toBe(true);
    // NFC and NFD spellings of the same Vietnamese text are the same password.
    expect(await verifyPassword('mật-khẩu-đủ-dài'.normalize('NFD'), hash)).toBe(true);
    expect(await verifyPassword('mat-khau-du-dai', hash)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(await verifyPassword('x', DUMMY_HASH)).toBe(false);
  });
});

describe('server key and sealed secrets', () => {
  it('creates the key once with mode 0600 and seals with AES-256-GCM', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-key-'));
    try {
      const key = loadServerKey(undefined, dir);
      expect(key.length).toBe(32);
      expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
      expect(loadServerKey(undefined, dir)).toEqual(key);
      const box = createSecretBox(key);
      const sealed = box.seal('JBSWY3DPEHPK3PXP');
      expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
      expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
      const other = createSecretBox(randomBytes(32));
      expect(() => other.open(sealed)).toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identity policy', () => {
  it('locks from the fifth failure: 1 minute, doubling, at most 60 minutes', () => {
    expect([1, 4, 5, 6, 7, 10, 11, 30].map((n) => lockDurationMs(n) / 60_000)).toEqual([
      0, 0, 1, 2, 4, 32, 60, 60,
    ]);
  });

  it('gives each role permissions from the closed list; the system administrator has all', () => {
    for (const role of Object.keys(ROLES) as (keyof typeof ROLES)[]) {
      for (const permission of ROLE_PERMISSIONS[role])
        expect(Object.hasOwn(PERMISSIONS, permission)).toBe(true);
    }
    expect([...permissionsOf(['system_admin'])].sort()).toEqual(Object.keys(PERMISSIONS).sort());
    expect(permissionsOf(['specialist', 'unknown']).has('official.manage')).toBe(false);
    expect(permissionsOf(['unit_admin']).has('role.grant')).toBe(true);
  });

  it('normalises usernames and checks new passwords', () => {
    expect(normaliseUsername('  NguyenVanA ')).toBe('nguyenvana');
    expect(passwordProblem('nguyenvana', 'ngắn')).toBe('Mật khẩu cần ít nhất 10 ký tự');
    expect(passwordProblem('nguyenvana1', 'NguyenVanA1')).toBe('Mật khẩu không được trùng với tên đăng nhập');
    expect(passwordProblem('nguyenvana', 'một mật khẩu dài')).toBeNull();
  });

  it('uses the Vietnamese date and 24-hour time', () => {
    expect(vnDate(new Date('2026-11-22T17:30:00Z'))).toBe('2026-11-23');
    expect(vnDateTime(new Date('2026-11-23T07:05:00Z'))).toBe('14:05 ngày 23/11/2026');
  });

  it('treats grants as [valid_from, valid_to)', () => {
    const grant = { validFrom: '2026-01-01', validTo: '2026-07-01' };
    expect(isGrantActive(grant, '2025-12-31')).toBe(false);
    expect(isGrantActive(grant, '2026-01-01')).toBe(true);
    expect(isGrantActive(grant, '2026-07-01')).toBe(false);
    expect(isGrantActive({ validFrom: '2026-01-01', validTo: null }, '2099-01-01')).toBe(true);
    expect(periodsOverlap(grant, { validFrom: '2026-07-01', validTo: null })).toBe(false);
    expect(periodsOverlap(grant, { validFrom: '2026-06-30', validTo: '2026-08-01' })).toBe(true);
    expect(
      periodsOverlap({ validFrom: '2026-01-01', validTo: null }, { validFrom: '2030-01-01', validTo: null }),
    ).toBe(true);
  });
});

describe('identity settings', () => {
  it('reads the session lifetimes and the server key, refusing a key of the wrong size', () => {
    const key = randomBytes(32).toString('base64');
    const config = loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8', SECRET_KEY: key });
    expect(config.auth).toMatchObject({
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
      secureCookies: false,
    });
    expect(config.auth.secretKey?.toString('base64')).toBe(key);
    expect(loadConfig({}).auth).toMatchObject({
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      secretKey: undefined,
    });
    expect(() => loadConfig({ SECRET_KEY: 'ngan' })).toThrow(ConfigError);
    expect(() => loadConfig({ SECRET_KEY: 'ngan' })).toThrow(/SECRET_KEY/);
  });
});
