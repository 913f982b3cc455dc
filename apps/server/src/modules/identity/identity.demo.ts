import { ROLES, type Role } from '@lienthong/contracts';
import type { Config } from '../../config.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import { type Actor, systemActor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import * as store from './identity.store.ts';
import { hashPassword } from './password.ts';
import { createSecretBox, loadServerKey } from './secret-box.ts';

/** Demo accounts only: printed by `lienthong start --demo`, never for real data. */
export const DEMO_PASSWORD = 'LienThong@2026';
/** The demo administrator's TOTP key (Base32), printed at start to add to an authenticator app. */
export const DEMO_TOTP_SECRET = 'LIENTHONGDEMOQUANTRITOTP23456ABC';

const DEMO_OFFICIALS: { username: string; displayName: string; role: Role; totp?: boolean }[] = [
  { username: 'quantri', displayName: 'Nguyễn Văn Quản', role: 'system_admin', totp: true },
  { username: 'lanhdao', displayName: 'Trần Minh Đức', role: 'leader' },
  { username: 'vanthu', displayName: 'Lê Thị Hoa', role: 'clerk' },
  { username: 'chuyenvien', displayName: 'Phạm Quốc Huy', role: 'specialist' },
  { username: 'motcua', displayName: 'Hoàng Thị Lan', role: 'one_stop_officer' },
];

const SEEDER: Actor = systemActor('system:demo-seed', 'Dữ liệu mẫu');

/** Adds the demo officials that are missing, with their grants (no org unit until the org module lands). */
export const demoSeeder = {
  name: 'identity',
  async run(db: Db, context: { config: Config }) {
    const box = createSecretBox(loadServerKey(context.config.auth.secretKey, context.config.dataDir));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const demo of DEMO_OFFICIALS) {
      if (await store.findOfficialByUsername(db, demo.username)) continue;
      await db.transaction(async (tx) => {
        const official = await store.insertOfficial(tx, {
          id: newId(),
          username: demo.username,
          displayName: demo.displayName,
          passwordHash,
          totpSecret: demo.totp ? box.seal(DEMO_TOTP_SECRET) : null,
          totpEnabled: demo.totp ?? false,
        });
        if (!official) return;
        await store.insertGrant(tx, {
          id: newId(),
          officialId: official.id,
          role: demo.role,
          orgUnitId: null,
          scope: demo.role === 'system_admin' ? 'subtree' : 'unit',
          validFrom: '2025-01-01',
          grantedBy: SEEDER.id,
        });
        await recordAudit(
          tx,
          SEEDER,
          { ip: null, requestId: null },
          {
            action: 'identity.official.created',
            subject: { type: 'official', id: official.id },
            details: { username: demo.username, role: demo.role, demo: true },
          },
        );
      });
    }
    return {
      logins: DEMO_OFFICIALS.map((demo) => ({
        role: ROLES[demo.role],
        username: demo.username,
        password: DEMO_PASSWORD,
        ...(demo.totp ? { note: `khóa TOTP: ${DEMO_TOTP_SECRET}` } : {}),
      })),
    };
  },
};
