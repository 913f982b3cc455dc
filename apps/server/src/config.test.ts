import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults: embedded database in ./data, local files, port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('./data'));
    expect(config.storage).toMatchObject({ driver: 'local', root: path.resolve('./data/files') });
    expect(config.jobs.inProcess).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ JOBS_IN_PROCESS: 'maybe' })).toThrow(/JOBS_IN_PROCESS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
  });

  it('reports every problem at once', () => {
    try {
      loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.split(':')[0])).toEqual([
        'PORT',
        'LOG_LEVEL',
      ]);
    }
  });

  it('keeps signature keys in software by default; pkcs11 needs the module, the token and a PIN', () => {
    expect(loadConfig({}).signatures.keys).toEqual({ kind: 'software' });
    const token = {
      SIGNATURE_KEYS: 'pkcs11',
      SIGNATURE_PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so',
      SIGNATURE_PKCS11_TOKEN: 'lienthong',
    };
    expect(loadConfig({ ...token, SIGNATURE_PKCS11_PIN: '123456' }).signatures.keys).toEqual({
      kind: 'pkcs11',
      module: '/usr/lib/softhsm/libsofthsm2.so',
      token: 'lienthong',
      pin: '123456',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-pin-'));
    try {
      fs.writeFileSync(path.join(dir, 'pin'), '654321\n');
      const fromFile = loadConfig({ ...token, SIGNATURE_PKCS11_PIN_FILE: path.join(dir, 'pin') });
      expect(fromFile.signatures.keys).toMatchObject({ pin: '654321' });
      expect(() => loadConfig({ ...token, SIGNATURE_PKCS11_PIN_FILE: path.join(dir, 'none') })).toThrow(
        /SIGNATURE_PKCS11_PIN_FILE: không đọc được/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(() => loadConfig({ ...token })).toThrow(/SIGNATURE_PKCS11_PIN: bắt buộc/);
    try {
      loadConfig({ SIGNATURE_KEYS: 'pkcs11', SIGNATURE_PKCS11_PIN: '123456' });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).issues.map((issue) => issue.split(':')[0])).toEqual([
        'SIGNATURE_PKCS11_MODULE',
        'SIGNATURE_PKCS11_TOKEN',
      ]);
      expect((error as ConfigError).message).not.toContain('123456');
    }
    expect(() => loadConfig({ SIGNATURE_KEYS: 'hsm' })).toThrow(/SIGNATURE_KEYS/);
  });

  it('configures the national e-ID: https, or http on loopback only, with a client secret', () => {
    expect(loadConfig({}).eid).toEqual({ issuer: undefined, clientId: 'lienthong', clientSecret: undefined });
    expect(loadConfig({}).idSimulator.port).toBe(3001);
    const secret = { EID_CLIENT_SECRET: 'bi-mat-du-16-ky-tu' };
    expect(loadConfig({ EID_ISSUER: 'https://sso.dancuquocgia.gov.vn', ...secret }).eid.issuer).toBe(
      'https://sso.dancuquocgia.gov.vn',
    );
    expect(loadConfig({ EID_ISSUER: 'http://127.0.0.1:3001', ...secret }).eid.clientSecret).toBe(
      secret.EID_CLIENT_SECRET,
    );
    expect(() => loadConfig({ EID_ISSUER: 'http://id.example.vn', ...secret })).toThrow(
      /EID_ISSUER: phải dùng https/,
    );
    expect(() => loadConfig({ EID_ISSUER: 'https://id.example.vn' })).toThrow(/EID_CLIENT_SECRET/);
  });

  it('configures S3 storage', () => {
    const config = loadConfig({
      STORAGE_DRIVER: 's3',
      S3_BUCKET: 'lienthong',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
    });
    expect(config.storage).toMatchObject({ driver: 's3', bucket: 'lienthong', forcePathStyle: true });
  });
});

describe('process.env', () => {
  it('is read by config.ts only', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const files = (await readdir(import.meta.dirname, { recursive: true })).filter(
      // Tests and their fixtures (test-only helpers) may set up a tool's environment.
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.test.ts') &&
        !file.endsWith('.fixtures.ts') &&
        file !== 'config.ts',
    );
    const readers: string[] = [];
    for (const file of files) {
      if ((await readFile(path.join(import.meta.dirname, file), 'utf8')).includes('process.env'))
        readers.push(file);
    }
    expect(readers).toEqual([]);
  });
});
