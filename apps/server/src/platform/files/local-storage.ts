import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../http/app-error.ts';
import { assertSha256, type FileStorage, spoolToTemp } from './storage.ts';

/** Content-addressed files on local disk: `<root>/ab/cd/<sha256>`, written atomically by rename. */
export function createLocalStorage(root: string): FileStorage {
  const tmpDir = path.join(root, 'tmp');
  const pathOf = (sha256: string) => {
    assertSha256(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };
  const exists = (file: string) =>
    fs.promises.access(file).then(
      () => true,
      () => false,
    );

  return {
    driver: 'local',
    async put(source, options) {
      const spooled = await spoolToTemp(source, tmpDir, options.maxBytes);
      try {
        await options.accept?.(spooled.head);
        const target = pathOf(spooled.sha256);
        if (await exists(target)) {
          await fs.promises.rm(spooled.tmpPath, { force: true });
        } else {
          await fs.promises.mkdir(path.dirname(target), { recursive: true });
          await fs.promises.rename(spooled.tmpPath, target);
        }
      } catch (error) {
        await fs.promises.rm(spooled.tmpPath, { force: true });
        throw error;
      }
      return { sha256: spooled.sha256, size: spooled.size, head: spooled.head };
    },
    async get(sha256): Promise<Readable> {
      const file = pathOf(sha256);
      if (!(await exists(file))) throw new AppError('NOT_FOUND');
      return fs.createReadStream(file);
    },
    has: (sha256) => exists(pathOf(sha256)),
    async delete(sha256) {
      await fs.promises.rm(pathOf(sha256), { force: true });
    },
    async check() {
      await fs.promises.mkdir(tmpDir, { recursive: true });
      await fs.promises.access(tmpDir, fs.constants.W_OK);
    },
  };
}
