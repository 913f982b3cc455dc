import type { Config } from '../src/config.ts';
import { createIdentityService } from '../src/modules/identity/index.ts';
import { SIMULATED_CITIZENS } from '../src/simulators/national-id/index.ts';
import type { TestDatabase } from './test-database.ts';

/**
 * A citizen's session without walking the national-ID simulator: the sign-in the e-ID callback
 * would complete (citizen record and session, audited), for tests of modules that serve citizens.
 * The citizen is one of the simulator's (by personal ID).
 */
export type CitizenSession = {
  citizenId: string;
  personalId: string;
  /** Cookie and CSRF headers of the citizen's browser. */
  headers: Record<string, string>;
};

export async function citizenSession(
  t: { db: TestDatabase; config: Config },
  personalId: string,
): Promise<CitizenSession> {
  const known = SIMULATED_CITIZENS.find((citizen) => citizen.personalId === personalId);
  if (!known) throw new Error(`no simulated citizen ${personalId}`);
  const identity = createIdentityService({ db: t.db.database.db, config: t.config });
  const { citizen, issued } = await identity.citizenSessions.signIn(
    {
      issuer: 'http://127.0.0.1:1/test-eid',
      subject: `test-${personalId}`,
      record: {
        personalId,
        fullName: known.fullName,
        birthDate: known.birthDate,
        sex: known.sex,
        nationality: 'Việt Nam',
        placeOfOrigin: known.placeOfOrigin,
        permanentAddress: known.permanentAddress,
        phone: known.phone,
        email: known.email ?? null,
        eidLevel: known.eidLevel,
      },
    },
    { ip: '127.0.0.1', requestId: null },
    { ip: '127.0.0.1', userAgent: 'vitest' },
  );
  return {
    citizenId: citizen.id,
    personalId,
    headers: { cookie: `lt_session=${issued.token}; lt_csrf=${issued.csrf}`, 'x-csrf-token': issued.csrf },
  };
}
