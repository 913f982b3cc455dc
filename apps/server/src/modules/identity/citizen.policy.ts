import { decodePersonalId } from '@lienthong/vn';
import { z } from 'zod';

/**
 * Pure rules of citizens' sign-in: the e-ID's claims → the identity record, and where a
 * citizen may be sent back to after signing in.
 */

const text = (max: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));

const Address = z.union([
  text(500),
  z.object({ formatted: text(500) }).transform((address) => address.formatted),
]);

/** The claims Liên Thông needs from the national e-ID (OpenID Connect standard + `personal_id`). */
export const EidClaims = z.object({
  sub: z.string().min(1).max(255),
  personal_id: z.string(),
  name: text(200),
  birthdate: z.iso.date(),
  gender: z.enum(['male', 'female']),
  address: Address.optional(),
  phone_number: text(30).optional(),
  email: z.email().max(254).optional(),
  eid_level: z.coerce.number().int().min(1).max(2).optional(),
  place_of_origin: text(500).optional(),
  nationality: text(100).optional(),
});

/** The citizen's record as the e-ID asserts it (the columns of `citizens` it fills). */
export type CitizenClaims = {
  personalId: string;
  fullName: string;
  birthDate: string;
  sex: 'male' | 'female';
  nationality: string;
  placeOfOrigin: string | null;
  permanentAddress: string | null;
  phone: string | null;
  email: string | null;
  eidLevel: number | null;
};

export type ClaimsResult = { ok: true; value: CitizenClaims } | { ok: false; problem: string };

/**
 * Reads the claims and checks the personal ID number: its structure (decodePersonalId), and that
 * the sex and year of birth it encodes agree with the claimed ones. No personal data in `problem`.
 */
export function citizenFromClaims(claims: Record<string, unknown>, today: Date): ClaimsResult {
  const parsed = EidClaims.safeParse(claims);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
    return { ok: false, problem: `claims missing or malformed: ${fields.join(', ')}` };
  }
  const c = parsed.data;
  const decoded = decodePersonalId(c.personal_id, today);
  if (!decoded.ok) return { ok: false, problem: 'personal_id: invalid structure' };
  if (decoded.value.sex !== c.gender) return { ok: false, problem: 'personal_id: sex disagrees with gender' };
  if (String(decoded.value.birthYear) !== c.birthdate.slice(0, 4)) {
    return { ok: false, problem: 'personal_id: birth year disagrees with birthdate' };
  }
  return {
    ok: true,
    value: {
      personalId: decoded.value.id,
      fullName: c.name,
      birthDate: c.birthdate,
      sex: c.gender,
      nationality: c.nationality ?? 'Việt Nam',
      placeOfOrigin: c.place_of_origin ?? null,
      permanentAddress: c.address ?? null,
      phone: c.phone_number ?? null,
      email: c.email ?? null,
      eidLevel: c.eid_level ?? null,
    },
  };
}

export const CITIZEN_HOME = '/ca-nhan';

/**
 * Where to go after signing in: a path of the portal, otherwise the profile page. Never another
 * origin (`//x`, `/\x`), never the workspace (`/app`) or the API.
 */
export function safePortalNext(next: string | undefined): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//')) return CITIZEN_HOME;
  if (/[\\\s]/.test(next) || [...next].some((char) => char.charCodeAt(0) < 0x20)) return CITIZEN_HOME;
  const path = next.split(/[?#]/)[0] ?? '';
  if (/^\/(app|api)(\/|$)/.test(path) || path === '/healthz' || path === '/readyz') return CITIZEN_HOME;
  return next;
}

/** The fields that changed between the stored record and the claims (names only, for the audit). */
export function changedFields(before: CitizenClaims, after: CitizenClaims): string[] {
  return (Object.keys(after) as (keyof CitizenClaims)[]).filter((key) => before[key] !== after[key]);
}
