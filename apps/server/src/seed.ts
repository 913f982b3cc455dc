import type { Config } from './config.ts';
import { demoSeeder as identityDemoSeeder } from './modules/identity/index.ts';
import { demoSeeder as orgDemoSeeder } from './modules/org/index.ts';
import { demoSeeder as proceduresDemoSeeder } from './modules/procedures/index.ts';
import { demoSeeder as walletDemoSeeder } from './modules/wallet/index.ts';
import type { Db } from './platform/db/index.ts';

/** A demo account printed at start so that a visitor can sign in; `note` e.g. its TOTP key. */
export type DemoLogin = { role: string; username: string; password: string; unit?: string; note?: string };

/** What seeders may need besides the database (the server key lives in the configuration). */
export type SeedContext = { config: Config };

/**
 * A module's demo data. `run` must be idempotent: `npm start` seeds on every start and
 * only adds what is missing.
 */
export type DemoSeeder = {
  name: string;
  run(db: Db, context: SeedContext): Promise<{ logins: DemoLogin[] }>;
};

/** Modules add their seeders here, in dependency order (org units before officials). */
export const DEMO_SEEDERS: DemoSeeder[] = [
  orgDemoSeeder,
  identityDemoSeeder,
  proceduresDemoSeeder,
  walletDemoSeeder,
];

export async function seedDemo(
  db: Db,
  context: SeedContext,
  seeders: DemoSeeder[] = DEMO_SEEDERS,
): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  for (const seeder of seeders) {
    const result = await seeder.run(db, context);
    logins.push(...result.logins);
  }
  return logins;
}

export function describeLogins(logins: DemoLogin[]): string[] {
  if (logins.length === 0) {
    return ['Tài khoản mẫu: chưa có (chưa cài mô-đun định danh cung cấp tài khoản mẫu).'];
  }
  const lines = ['Tài khoản mẫu (chỉ để trình diễn, không dùng cho dữ liệu thật):'];
  let unit: string | undefined;
  for (const login of logins) {
    if (login.unit !== unit) {
      unit = login.unit;
      if (unit) lines.push(`  ${unit}:`);
    }
    const indent = login.unit ? '    ' : '  ';
    lines.push(
      `${indent}${login.role.padEnd(24)} ${login.username} / ${login.password}${login.note ? `   ${login.note}` : ''}`,
    );
  }
  return lines;
}
