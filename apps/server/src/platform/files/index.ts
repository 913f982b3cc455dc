import type { Config } from '../../config.ts';
import { createLocalStorage } from './local-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import type { FileStorage } from './storage.ts';

export { adoptFile, readAll, readFileById, readOwnedFile, saveFile } from './file-bytes.ts';
export { filesRoutes } from './files.routes.ts';
export { storedFiles } from './files.schema.ts';
export type { FileStorage, PutResult } from './storage.ts';

export function createStorage(config: Config['storage']): FileStorage {
  if (config.driver === 's3') return createS3Storage(config);
  return createLocalStorage(config.root);
}

export { removeStaleTempFiles } from './cleanup.ts';

/** The spool folder of a storage configuration. */
export function tmpDirOf(config: Config['storage']): string {
  return config.driver === 's3' ? config.tmpDir : `${config.root}/tmp`;
}
