import fs from 'node:fs';
import type { ImportSummary } from '@lienthong/contracts';
import { systemActor } from '../../../platform/auth/actor.ts';
import type { Db } from '../../../platform/db/index.ts';
import { createProceduresService } from '../procedures.service.ts';
import type { ImportRow } from '../procedures-xlsx.ts';

/**
 * The seeded catalogue: about twenty of the most used commune and city procedures, one JSON file
 * each in this folder (`{ validFrom, definition }`), written by us from the public legal texts
 * (see ../README.md). They load through the same import as the API, so they are checked alike.
 */

const SEEDER = systemActor('system:demo-seed', 'Dữ liệu mẫu');
const SEED_DIR = new URL('./', import.meta.url);

/** The seed files, by name, with the row number of each in the import. */
export function loadSeedCatalogue(): { file: string; row: ImportRow }[] {
  const files = fs
    .readdirSync(SEED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file, index) => ({
    file,
    row: { row: index + 1, value: JSON.parse(fs.readFileSync(new URL(file, SEED_DIR), 'utf8')) as unknown },
  }));
}

/** Imports the seed (idempotent: a second run finds every procedure unchanged); throws if a file is invalid. */
export async function seedProcedures(db: Db): Promise<ImportSummary> {
  const seed = loadSeedCatalogue();
  const service = createProceduresService({ db });
  const summary = await service.importRows(
    SEEDER,
    { ip: null, requestId: null },
    seed.map((item) => item.row),
    { dryRun: false, mode: 'all' },
  );
  if (summary.errors.length > 0) {
    const lines = summary.errors.map((error) => `${seed[error.row - 1]?.file}: ${error.message}`);
    throw new Error(`Dữ liệu mẫu thủ tục không hợp lệ:\n${lines.join('\n')}`);
  }
  return summary;
}

/** The procedures module's demo seeder (registered in apps/server/src/seed.ts). */
export const demoSeeder = {
  name: 'procedures',
  async run(db: Db) {
    await seedProcedures(db);
    return { logins: [] };
  },
};
