import { ADMIN_ROLES, type Permission, ROLE_PERMISSIONS, ROLES, type Role } from '@lienthong/contracts';

/** Consecutive failures allowed before the account locks. */
export const MAX_FAILED_ATTEMPTS = 5;
const LOCK_BASE_MS = 60_000;
const LOCK_MAX_MS = 60 * 60_000;

/**
 * How long to lock after `failures` consecutive failures: nothing before the fifth, then
 * 1 minute, doubling with each further failure up to 60 minutes.
 */
export function lockDurationMs(failures: number): number {
  if (failures < MAX_FAILED_ATTEMPTS) return 0;
  return Math.min(LOCK_BASE_MS * 2 ** (failures - MAX_FAILED_ATTEMPTS), LOCK_MAX_MS);
}

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}

/** Permissions of a set of roles: the union of each role's permissions. */
export function permissionsOf(roles: readonly string[]): Set<Permission> {
  const permissions = new Set<Permission>();
  for (const role of roles) {
    if (!isRole(role)) continue;
    for (const permission of ROLE_PERMISSIONS[role]) permissions.add(permission);
  }
  return permissions;
}

export function needsSecondFactor(roles: readonly string[]): boolean {
  return roles.some((role) => (ADMIN_ROLES as readonly string[]).includes(role));
}

/** Usernames are compared NFC, lower-case, trimmed. */
export function normaliseUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** A Vietnamese message when the new password is not acceptable, else null. */
export function passwordProblem(username: string, password: string): string | null {
  if ([...password].length < 10) return 'Mật khẩu cần ít nhất 10 ký tự';
  if (normaliseUsername(password) === normaliseUsername(username)) {
    return 'Mật khẩu không được trùng với tên đăng nhập';
  }
  return null;
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Việt Nam (Asia/Ho_Chi_Minh, UTC+7 all year) as YYYY-MM-DD. */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** `HH:mm ngày dd/mm/yyyy`, Việt Nam time, 24-hour clock. */
export function vnDateTime(at: Date): string {
  const iso = new Date(at.getTime() + VN_OFFSET_MS).toISOString();
  return `${iso.slice(11, 16)} ngày ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A grant is active on `day` when valid_from ≤ day < valid_to. */
export function isGrantActive(grant: { validFrom: string; validTo: string | null }, day: string): boolean {
  return grant.validFrom <= day && (grant.validTo === null || day < grant.validTo);
}

/** Two effective-dated periods [from, to) overlap; a null end is open. */
export function periodsOverlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  return (a.validTo === null || b.validFrom < a.validTo) && (b.validTo === null || a.validFrom < b.validTo);
}
