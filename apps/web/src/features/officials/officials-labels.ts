import type { TFunction } from 'i18next';
import { formatDateTime, formatLocalDate, vietnamLocalDate } from '../../lib/format.ts';
import type { GrantView, OfficialView, Role } from './queries.ts';

/**
 * The closed list of roles (contracts: ROLES), for the browser (the web app imports only types
 * from @lienthong/contracts); labels come from `roleNames.*`. `officials-labels.test.ts` checks
 * the list matches the contracts.
 */
export const ROLE_CODES = [
  'system_admin',
  'unit_admin',
  'leader',
  'specialist',
  'clerk',
  'one_stop_officer',
  'citizen',
  'data_exchange_client',
] as const satisfies readonly Role[];

export const GRANT_SCOPES = ['unit', 'subtree'] as const satisfies readonly GrantView['scope'][];

export const roleLabel = (t: TFunction, role: string) => t(`roleNames.${role}`, { defaultValue: role });
export const scopeLabel = (t: TFunction, scope: string) =>
  t(`officials.scopes.${scope}`, { defaultValue: scope });

/** Today in Vietnam, `YYYY-MM-DD` (grants are dated in Asia/Ho_Chi_Minh). */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamLocalDate(now) ?? now.toISOString().slice(0, 10);
}

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export type GrantState = 'active' | 'ended' | 'future';

/** A grant applies when validFrom ≤ today < validTo (validTo excluded). */
export function grantState(grant: Pick<GrantView, 'validFrom' | 'validTo'>, today: string): GrantState {
  if (grant.validFrom > today) return 'future';
  if (grant.validTo !== null && grant.validTo <= today) return 'ended';
  return 'active';
}

/** "01/07/2025 – 31/12/2025" (the last day in force) or "Từ 01/07/2025". */
export function grantValidity(t: TFunction, grant: Pick<GrantView, 'validFrom' | 'validTo'>): string {
  const from = formatLocalDate(grant.validFrom);
  if (grant.validTo === null) return t('officials.validFromOpen', { from });
  return t('officials.validRange', { from, to: formatLocalDate(dayBefore(grant.validTo)) });
}

export type OfficialStatus = { key: 'disabled' | 'locked' | 'mustChange' | 'active'; label: string };

/** What an account's state is, most important first: disabled, locked, must change password, active. */
export function officialStatuses(
  t: TFunction,
  official: OfficialView,
  now: Date = new Date(),
): OfficialStatus[] {
  if (official.disabledAt) return [{ key: 'disabled', label: t('officials.status.disabled') }];
  const statuses: OfficialStatus[] = [];
  if (official.lockedUntil && new Date(official.lockedUntil).getTime() > now.getTime()) {
    statuses.push({
      key: 'locked',
      label: t('officials.status.locked', { until: formatDateTime(official.lockedUntil) }),
    });
  }
  if (official.mustChangePassword) {
    statuses.push({ key: 'mustChange', label: t('officials.status.mustChange') });
  }
  return statuses.length > 0 ? statuses : [{ key: 'active', label: t('officials.status.active') }];
}

const PASSWORD_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const PASSWORD_SYMBOLS = '@#%+=?';

/**
 * A temporary password of `length` characters from the browser's CSPRNG, without look-alike
 * characters (0/O, 1/l/I), in groups of four joined by a symbol: easy to read out and to type.
 */
export function randomPassword(length = 16): string {
  const pick = (alphabet: string): string => {
    // Rejection sampling: no modulo bias.
    const limit = 256 - (256 % alphabet.length);
    const byte = new Uint8Array(1);
    for (;;) {
      crypto.getRandomValues(byte);
      const value = byte[0] ?? 255;
      if (value < limit) return alphabet[value % alphabet.length] ?? '';
    }
  };
  let password = '';
  for (let index = 0; index < length; index++) {
    password += index % 5 === 4 ? pick(PASSWORD_SYMBOLS) : pick(PASSWORD_ALPHABET);
  }
  return password;
}
