import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CitizenSession, citizenSession } from '../../../test/citizen-session.ts';
import { bearer, createTestApp, type TestApp } from '../../../test/test-app.ts';
import { auditEntries } from '../../platform/audit/index.ts';
import { createWalletService, DEMO_FATHER, seedWalletDemo, walletItems } from './index.ts';

/**
 * The data wallet: the demo items, the citizen's list and files (own only, each read audited),
 * and the service other modules use (add an item in their transaction, find one owned).
 */

let t: TestApp;
let an: CitizenSession;
let ngoc: CitizenSession;
const db = () => t.db.database.db;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedWalletDemo(db(), t.config, new Date('2026-03-05T03:00:00Z'))).toBe(22);
  an = await citizenSession(t, DEMO_FATHER);
  ngoc = await citizenSession(t, '001192004821');
});
afterAll(() => t?.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('demo items', () => {
  it('are seeded once', async () => {
    expect(await seedWalletDemo(db(), t.config)).toBe(0);
  });

  it('give Nguyễn Văn An the birth certificate of his newborn, born twelve days before', async () => {
    const wallet = createWalletService({ db: db() });
    const [certificate] = await wallet.listFor(DEMO_FATHER, ['giay-chung-sinh']);
    expect(certificate).toMatchObject({
      kind: 'giay-chung-sinh',
      title: 'Giấy chứng sinh — Nguyễn Bảo Ngọc',
      data: {
        childName: 'Nguyễn Bảo Ngọc',
        birthDate: '2026-02-21',
        motherName: 'Lê Thị Hồng',
        fatherPersonalId: DEMO_FATHER,
      },
    });
    expect(certificate?.fileId).toBeTruthy();
    const kinds = (await wallet.listFor(DEMO_FATHER)).map((item) => item.kind).sort();
    expect(kinds).toEqual(['cccd', 'giay-chung-nhan-ket-hon', 'giay-chung-sinh']);
  });
});

describe('GET /api/v1/me/wallet', () => {
  it('401 anonymous, 403 for an official', async () => {
    expect((await get('/api/v1/me/wallet')).statusCode).toBe(401);
    const official = await get('/api/v1/me/wallet', bearer('can-bo', ['dossier.read', 'citizen.lookup']));
    expect(official.statusCode).toBe(403);
  });

  it("lists the citizen's own items with their files, and records the read", async () => {
    const res = await get('/api/v1/me/wallet', an.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const items = res.json().items as { kind: string; file: { mediaType: string; name: string } | null }[];
    expect(items.map((item) => item.kind).sort()).toEqual([
      'cccd',
      'giay-chung-nhan-ket-hon',
      'giay-chung-sinh',
    ]);
    expect(items.find((item) => item.kind === 'giay-chung-sinh')?.file).toMatchObject({
      mediaType: 'application/pdf',
      name: 'giay-chung-sinh.pdf',
    });
    const entries = await db().select().from(auditEntries).where(eq(auditEntries.actorId, an.citizenId));
    expect(entries.find((entry) => entry.action === 'wallet.listed')).toMatchObject({
      purpose: 'self.view',
      subjectType: 'wallet',
      details: { count: 3 },
    });
  });

  it('filters by kinds, and answers 400 with the field path for a bad filter', async () => {
    const res = await get('/api/v1/me/wallet?kinds=cccd,giay-chung-sinh', an.headers);
    expect(
      res
        .json()
        .items.map((item: { kind: string }) => item.kind)
        .sort(),
    ).toEqual(['cccd', 'giay-chung-sinh']);
    const bad = await get('/api/v1/me/wallet?kinds=Giấy', an.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('query.kinds');
  });

  it("never shows another citizen's items", async () => {
    const res = await get('/api/v1/me/wallet', ngoc.headers);
    expect(res.json().items.map((item: { kind: string }) => item.kind)).toEqual(['cccd']);
    expect(res.json().items[0].data.personalId).toBe('001192004821');
  });
});

describe('GET /api/v1/me/wallet/:id/file', () => {
  it('streams the own file, audited; 404 for another citizen, 401/403/400', async () => {
    const [certificate] = await db()
      .select()
      .from(walletItems)
      .where(eq(walletItems.kind, 'giay-chung-sinh'));
    const url = `/api/v1/me/wallet/${certificate?.id}/file`;
    const res = await get(url, an.headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''giay-chung-sinh.pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const entries = await db()
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.subjectId, certificate?.id ?? ''));
    expect(entries.map((entry) => [entry.action, entry.purpose])).toEqual([
      ['wallet.file.read', 'self.view'],
    ]);

    const other = await get(url, ngoc.headers);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
    expect((await get(url)).statusCode).toBe(401);
    expect((await get(url, bearer('can-bo', ['file.read']))).statusCode).toBe(403);
    const bad = await get('/api/v1/me/wallet/khong-phai-ma/file', an.headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('params.id');
  });
});

describe('wallet service', () => {
  it('adds an item in the caller transaction and finds it for its owner only', async () => {
    const wallet = createWalletService({ db: db() });
    const item = await db().transaction((tx) =>
      wallet.addItem(tx, {
        personalId: '001192004821',
        kind: 'giay-khai-sinh',
        title: 'Giấy khai sinh',
        fileId: null,
        data: { fullName: 'Trần Minh Anh' },
        source: 'H26.1.01-260305-0007',
        sourceDossierId: null,
        issuedAt: new Date('2026-03-05T09:00:00+07:00'),
      }),
    );
    expect(await wallet.findOwned(db(), item.id, '001192004821')).toMatchObject({ kind: 'giay-khai-sinh' });
    expect(await wallet.findOwned(db(), item.id, DEMO_FATHER)).toBeNull();
    await db()
      .transaction(async (tx) => {
        await wallet.addItem(tx, {
          personalId: DEMO_FATHER,
          kind: 'x',
          title: 'x',
          data: {},
          source: 'x',
          issuedAt: new Date(),
        });
        throw new Error('rollback');
      })
      .catch(() => {});
    expect(await wallet.listFor(DEMO_FATHER, ['x'])).toEqual([]);
  });
});
