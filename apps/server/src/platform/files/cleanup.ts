import fs from 'node:fs';
import path from 'node:path';

/** Removes upload spool files left behind (a crash mid-upload) older than `maxAgeMs`. */
export async function removeStaleTempFiles(
  tmpDir: string,
  maxAgeMs: number,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  const entries = await fs.promises.readdir(tmpDir).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(tmpDir, name);
    const stat = await fs.promises.stat(file).catch(() => undefined);
    if (stat && now - stat.mtimeMs > maxAgeMs) {
      await fs.promises.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
