import type { Db } from './platform/db/index.ts';

/** A demo account printed at start so that a visitor can sign in. */
export type DemoLogin = { role: string; username: string; password: string };

/**
 * A module's demo data. `run` must be idempotent: `npm start` seeds on every start and
 * only adds what is missing.
 */
export type DemoSeeder = { name: string; run(db: Db): Promise<{ logins: DemoLogin[] }> };

/** Modules add their seeders here, in dependency order (org units before officials). */
export const DEMO_SEEDERS: DemoSeeder[] = [];

export async function seedDemo(db: Db, seeders: DemoSeeder[] = DEMO_SEEDERS): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const seeder of seeders) {
    const result = await seeder.run(db);
    logins.push(...result.logins);
  }
  return logins;
}

export function describeLogins(logins: DemoLogin[]): string[] {
  if (logins.length === 0) {
    return ['Tài khoản mẫu: chưa có (chưa cài mô-đun định danh cung cấp tài khoản mẫu).'];
  }
  return ['Tài khoản mẫu:', ...logins.map((l) => `  ${l.role.padEnd(24)} ${l.username} / ${l.password}`)];
}
