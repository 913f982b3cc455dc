import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3 } from '../../../test/fake-s3.ts';
import { removeStaleTempFiles } from './cleanup.ts';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { FileStorage } from './storage.ts';

const sha = (value: string) => createHash('sha256').update(value).digest('hex');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lienthong-storage-'));
let s3: Awaited<ReturnType<typeof startFakeS3>>;

beforeAll(async () => {
  s3 = await startFakeS3('lienthong');
});
afterAll(async () => {
  await s3.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const stores: Array<[string, () => FileStorage]> = [
  ['local', () => createLocalStorage(path.join(tmp, 'local'))],
  [
    's3',
    () =>
      createS3Storage({
        bucket: 'lienthong',
        region: 'us-east-1',
        endpoint: s3.endpoint,
        accessKeyId: 'test',
        secretAccessKey: 'test-secret',
        forcePathStyle: true,
        tmpDir: path.join(tmp, 's3-spool'),
      }),
  ],
];

describe.each(stores)('%s storage', (_name, make) => {
  it('stores by sha256, reads back, deduplicates and deletes', async () => {
    const store = make();
    await store.check();
    const content = 'Giấy khai sinh — bản sao điện tử';
    const put = await store.put(Readable.from([Buffer.from(content)]), { maxBytes: 1000 });
    expect(put.sha256).toBe(sha(content));
    expect(put.size).toBe(Buffer.byteLength(content));
    expect(await store.has(put.sha256)).toBe(true);
    expect(await text(await store.get(put.sha256))).toBe(content);
    const again = await store.put(Readable.from([Buffer.from(content)]), { maxBytes: 1000 });
    expect(again.sha256).toBe(put.sha256);
    await store.delete(put.sha256);
    expect(await store.has(put.sha256)).toBe(false);
    await expect(store.get(put.sha256)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses content over the limit and keeps nothing', async () => {
    const store = make();
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100, 1));
    await expect(store.put(Readable.from(chunks), { maxBytes: 999 })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(await store.has(createHash('sha256').update(Buffer.concat(chunks)).digest('hex'))).toBe(false);
  });

  it('lets accept() refuse the content before it is committed', async () => {
    const store = make();
    await expect(
      store.put(Readable.from([Buffer.from('refused')]), {
        maxBytes: 100,
        accept: (head) => {
          expect(Buffer.from(head).toString()).toBe('refused');
          throw new Error('no');
        },
      }),
    ).rejects.toThrow('no');
    expect(await store.has(sha('refused'))).toBe(false);
  });

  it('treats a malformed address as not found', async () => {
    await expect(make().get('../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only old spool files', async () => {
    const dir = path.join(tmp, 'spool');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'old.part'), 'x');
    fs.writeFileSync(path.join(dir, 'new.part'), 'x');
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'x');
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.join(dir, 'old.part'), old, old);
    expect(await removeStaleTempFiles(dir, 60 * 60 * 1000)).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['keep.txt', 'new.part']);
  });
});
