import { ROLES, type Role } from '@lienthong/contracts';
import type { Config } from '../../config.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { type Actor, systemActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { findUnitIdByName } from '../org/index.ts';
import * as store from './identity.store.ts';
import { hashPassword } from './password.ts';
import { createSecretBox, loadServerKey } from './secret-box.ts';

/** Demo accounts only: printed by `lienthong start --demo`, never for real data. */
export const DEMO_PASSWORD = 'LienThong@2026';
/** The demo administrators' TOTP key (Base32), printed at start to add to an authenticator app. */
export const DEMO_TOTP_SECRET = 'LIENTHONGDEMOQUANTRITOTP23456ABC';
/** Units are looked up as of the first day of the two-level structure. */
const UNITS_AS_OF = '2025-07-01';

type DemoUnit = { key: string; name: string };

/** For the city People's Committee: two departments and three communes (post-2025). */
export const DEMO_UNITS: readonly DemoUnit[] = [
  { key: 'snv', name: 'Sở Nội vụ' },
  { key: 'skhcn', name: 'Sở Khoa học và Công nghệ' },
  { key: 'badinh', name: 'Phường Ba Đình' },
  { key: 'hoankiem', name: 'Phường Hoàn Kiếm' },
  { key: 'socson', name: 'Xã Sóc Sơn' },
];

type DemoOfficial = {
  username: string;
  displayName: string;
  role: Role;
  /** A DEMO_UNITS key; absent: the platform-wide system administrator. */
  unit?: string;
  totp?: boolean;
};

const STAFF: readonly { suffix: string; role: Role }[] = [
  { suffix: 'lanhdao', role: 'leader' },
  { suffix: 'vanthu', role: 'clerk' },
  { suffix: 'chuyenvien', role: 'specialist' },
  { suffix: 'motcua', role: 'one_stop_officer' },
];

/** Names of the demo staff, per unit, in STAFF order (leader, clerk, specialist, one-stop officer). */
const NAMES: Record<string, readonly string[]> = {
  snv: ['Trần Minh Đức', 'Lê Thị Hoa', 'Phạm Quốc Huy', 'Hoàng Thị Lan'],
  skhcn: ['Đỗ Văn Thành', 'Ngô Thị Mai', 'Vũ Hoàng Nam', 'Bùi Thị Thu'],
  badinh: ['Nguyễn Thị Hằng', 'Đặng Văn Khoa', 'Phan Thị Ngọc', 'Trịnh Văn Long'],
  hoankiem: ['Lý Văn Hùng', 'Dương Thị Yến', 'Tạ Minh Quân', 'Mai Thị Hương'],
  socson: ['Chu Văn Bình', 'Kiều Thị Nga', 'Lương Văn Tú', 'Hà Thị Phương'],
};

export const DEMO_OFFICIALS: readonly DemoOfficial[] = [
  { username: 'quantri', displayName: 'Nguyễn Văn Quản', role: 'system_admin', totp: true },
  {
    username: 'badinh.quantri',
    displayName: 'Cao Văn Thắng',
    role: 'unit_admin',
    unit: 'badinh',
    totp: true,
  },
  ...DEMO_UNITS.flatMap((unit) =>
    STAFF.map((staff, index) => ({
      username: `${unit.key}.${staff.suffix}`,
      displayName: NAMES[unit.key]?.[index] ?? staff.suffix,
      role: staff.role,
      unit: unit.key,
    })),
  ),
];

const SEEDER: Actor = systemActor('system:demo-seed', 'Dữ liệu mẫu');

async function demoUnitIds(db: Db): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const unit of DEMO_UNITS) {
    const id = await findUnitIdByName(db, unit.name, UNITS_AS_OF);
    if (id) ids.set(unit.key, id);
  }
  return ids;
}

/**
 * Adds the demo officials that are missing: each in their unit, with one grant there (the unit
 * administrator over the unit and below, the others on their unit; the system administrator
 * platform-wide). Units come from the org module's demo data (seeded first).
 */
export const demoSeeder = {
  name: 'identity',
  async run(db: Db, context: { config: Config }) {
    const box = createSecretBox(loadServerKey(context.config.auth.secretKey, context.config.dataDir));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const unitIds = await demoUnitIds(db);
    for (const demo of DEMO_OFFICIALS) {
      const orgUnitId = demo.unit ? unitIds.get(demo.unit) : null;
      if (orgUnitId === undefined) continue;
      if (await store.findOfficialByUsername(db, demo.username)) continue;
      await db.transaction(async (tx) => {
        const official = await store.insertOfficial(tx, {
          id: newId(),
          username: demo.username,
          displayName: demo.displayName,
          orgUnitId,
          passwordHash,
          totpSecret: demo.totp ? box.seal(DEMO_TOTP_SECRET) : null,
          totpEnabled: demo.totp ?? false,
        });
        if (!official) return;
        await store.insertGrant(tx, {
          id: newId(),
          officialId: official.id,
          role: demo.role,
          orgUnitId,
          scope: demo.role === 'system_admin' || demo.role === 'unit_admin' ? 'subtree' : 'unit',
          validFrom: orgUnitId ? UNITS_AS_OF : '2025-01-01',
          grantedBy: SEEDER.id,
        });
        await recordAudit(
          tx,
          SEEDER,
          { ip: null, requestId: null },
          {
            action: 'identity.official.created',
            subject: { type: 'official', id: official.id },
            details: { username: demo.username, role: demo.role, orgUnitId, demo: true },
          },
        );
      });
    }
    const unitName = new Map(DEMO_UNITS.map((unit) => [unit.key, unit.name]));
    return {
      logins: DEMO_OFFICIALS.filter((demo) => !demo.unit || unitIds.has(demo.unit)).map((demo) => ({
        role: ROLES[demo.role],
        username: demo.username,
        password: DEMO_PASSWORD,
        ...(demo.unit ? { unit: unitName.get(demo.unit) ?? demo.unit } : {}),
        ...(demo.totp ? { note: `khóa TOTP: ${DEMO_TOTP_SECRET}` } : {}),
      })),
    };
  },
};
