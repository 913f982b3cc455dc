import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A fictional citizen of the simulator (citizens.json): what the e-ID would know about them. */
export type SimulatedCitizen = {
  /** 12-digit số định danh cá nhân: province of birth registration, century/sex, year, serial. */
  personalId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  /** Quê quán. */
  placeOfOrigin: string;
  /** Nơi thường trú. */
  permanentAddress: string;
  phone: string;
  email?: string;
  /** VNeID identification level: 1 (basic) or 2 (verified in person). */
  eidLevel: 1 | 2;
};

/** The twenty seeded citizens, shipped with the simulator. */
export const SIMULATED_CITIZENS: readonly SimulatedCitizen[] = JSON.parse(
  readFileSync(new URL('./citizens.json', import.meta.url), 'utf8'),
) as SimulatedCitizen[];

/** The demo password of every simulated citizen (printed at start; a simulator, not a secret). */
export const SIMULATOR_PASSWORD = 'DinhDanh@2026';

/**
 * The `sub` of a citizen: opaque, stable across restarts (derived from the ID number), the same
 * for every relying party (the real VNeID's pairing rules are not simulated).
 */
export function subjectOf(citizen: SimulatedCitizen): string {
  return createHash('sha256')
    .update(`lienthong-id-simulator:${citizen.personalId}`)
    .digest('hex')
    .slice(0, 32);
}

export function findByPersonalId(
  citizens: readonly SimulatedCitizen[],
  personalId: string,
): SimulatedCitizen | undefined {
  const id = personalId.replace(/\s+/g, '');
  return citizens.find((citizen) => citizen.personalId === id);
}

export function findBySubject(
  citizens: readonly SimulatedCitizen[],
  sub: string,
): SimulatedCitizen | undefined {
  return citizens.find((citizen) => subjectOf(citizen) === sub);
}

/**
 * The citizen's claims, as the simulator releases them (filtered by the granted scopes):
 * standard OpenID Connect claims plus `personal_id`, `eid_level`, `place_of_origin` and
 * `nationality` in the scope `vneid`.
 */
export function claimsOf(citizen: SimulatedCitizen): Record<string, unknown> {
  return {
    sub: subjectOf(citizen),
    name: citizen.fullName,
    birthdate: citizen.birthDate,
    gender: citizen.sex,
    address: { formatted: citizen.permanentAddress, country: 'VN' },
    phone_number: citizen.phone,
    ...(citizen.email ? { email: citizen.email, email_verified: false } : {}),
    personal_id: citizen.personalId,
    eid_level: citizen.eidLevel,
    place_of_origin: citizen.placeOfOrigin,
    nationality: 'Việt Nam',
  };
}
