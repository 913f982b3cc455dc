import {
  CITIZEN_ACCESS_ACTIONS,
  type CitizenAccessEntry,
  type CitizenView,
  PURPOSES,
  ROLE_PERMISSIONS,
  SEX_LABELS,
} from '@lienthong/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AccessRow, CitizenRow } from './citizen.store.ts';

/** A citizen signed in with the national e-ID: the role `citizen`, no unit, no grants. */
export function citizenActor(citizen: CitizenRow): Actor {
  return {
    id: citizen.id,
    kind: 'citizen',
    displayName: citizen.fullName,
    roles: ['citizen'],
    permissions: new Set(ROLE_PERMISSIONS.citizen),
    grants: [],
  };
}

export function presentCitizen(row: CitizenRow): CitizenView {
  return {
    id: row.id,
    personalId: row.personalId,
    fullName: row.fullName,
    birthDate: row.birthDate,
    sex: row.sex,
    sexLabel: SEX_LABELS[row.sex],
    nationality: row.nationality,
    placeOfOrigin: row.placeOfOrigin,
    permanentAddress: row.permanentAddress,
    currentAddress: row.currentAddress,
    phone: row.phone,
    email: row.email,
    eidLevel: row.eidLevel,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  };
}

function labelOf<T extends Record<string, string>>(labels: T, code: string): string | undefined {
  return Object.hasOwn(labels, code) ? labels[code] : undefined;
}

const ACTOR_KINDS = new Set(['official', 'citizen', 'system'] as const);

/** One access of a citizen's data, with the names a person understands. */
export function presentAccess(
  row: AccessRow,
  citizenId: string,
  unitNames: ReadonlyMap<string, string>,
): CitizenAccessEntry {
  const self = row.actorId === citizenId;
  const actorKind = ACTOR_KINDS.has(row.actorKind as 'official') ? (row.actorKind as 'official') : 'system';
  const actorName = self
    ? 'Bạn'
    : actorKind === 'official'
      ? (row.officialName ?? 'Cán bộ')
      : actorKind === 'system'
        ? 'Hệ thống Liên Thông'
        : 'Công dân khác';
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorKind,
    actorName,
    self,
    unitName: row.unitId ? (unitNames.get(row.unitId) ?? null) : null,
    action: row.action,
    actionLabel: labelOf(CITIZEN_ACCESS_ACTIONS, row.action) ?? 'Xử lý dữ liệu cá nhân',
    purpose: row.purpose,
    purposeLabel: row.purpose ? (labelOf(PURPOSES, row.purpose) ?? row.purpose) : null,
  };
}
