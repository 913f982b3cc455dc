import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_BACKEND, type TestDatabase } from '../../../test/test-database.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
import { runMigrations } from './migrate.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe(`database on ${TEST_BACKEND}`, () => {
  it('has the extensions ltree, pg_trgm, unaccent and pgcrypto', async () => {
    const { rows } = await t.database.pool.query(
      `select 'thanh_pho.phuong_ba_dinh'::ltree <@ 'thanh_pho'::ltree as inside,
              similarity('phuong ba dinh', 'phuong ba dinh moi') > 0.5 as similar,
              unaccent('Phường Ba Đình') as folded,
              length(gen_random_uuid()::text) as uuid_length,
              encode(digest('abc', 'sha256'), 'hex') as sha`,
    );
    expect(rows[0]).toEqual({
      inside: true,
      similar: true,
      folded: 'Phuong Ba Dinh',
      uuid_length: 36,
      sha: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
  });

  it('keeps concurrent parameterised queries and transactions of many connections apart', async () => {
    const pool = t.database.pool;
    await pool.query('create table concurrency_probe (id int primary key, label text not null)');
    await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        if (i % 4 === 0) {
          const client = await pool.connect();
          try {
            await client.query('begin');
            await client.query('insert into concurrency_probe values ($1, $2)', [i, `nhãn ${i}`]);
            await new Promise((resolve) => setTimeout(resolve, 1));
            if (i % 8 === 0) await client.query('rollback');
            else await client.query('commit');
          } finally {
            client.release();
          }
        } else {
          const { rows } = await pool.query('select $1::int as n, $2::text as s', [i, `chuỗi ${i}`]);
          expect(rows[0]).toEqual({ n: i, s: `chuỗi ${i}` });
        }
      }),
    );
    const { rows } = await pool.query('select count(*)::int as n from concurrency_probe');
    expect(rows[0].n).toBe(15);
  });

  it('rolls back the transaction of a connection that dies in the middle', async () => {
    const pool = t.database.pool;
    await pool.query('create table abandoned_probe (id int primary key)');
    const client = await pool.connect();
    await client.query('begin');
    await client.query('insert into abandoned_probe values (1)');
    const dead = new Promise((resolve) => client.once('error', resolve));
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await dead.catch(() => {});
    client.release(true);
    await expect
      .poll(async () => (await pool.query('select count(*)::int as n from abandoned_probe')).rows[0].n, {
        timeout: 5000,
      })
      .toBe(0);
  });

  it('applies migrations once: a second run applies nothing', async () => {
    expect(await runMigrations(t.database.pool)).toEqual({ applied: 0 });
    const { rows } = await t.database.pool.query(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(rows[0].n).toBe(
      fs.readdirSync(path.resolve(import.meta.dirname, '../../../drizzle')).filter((f) => f.endsWith('.sql'))
        .length,
    );
  });
});

describe('data directory lock', () => {
  it('refuses a second holder and takes over a lock left by a dead process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-lock-'));
    const lock = lockDataDir(dir);
    fs.writeFileSync(path.join(dir, 'lienthong.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/đang được một tiến trình Liên Thông khác sử dụng/);
    fs.writeFileSync(path.join(dir, 'lienthong.lock'), '999999999');
    const taken = lockDataDir(dir);
    taken.release();
    lock.release();
    expect(fs.existsSync(path.join(dir, 'lienthong.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
