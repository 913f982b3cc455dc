import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { formatLocalDate } from '../../lib/format.ts';
import type { OrgBlock, OrgLevel, OrgRestructureKind, OrgUnitType } from './queries.ts';

/**
 * The closed lists of the org contracts, for the browser (the web app imports only types from
 * @lienthong/contracts). `org-labels.test.ts` checks they match the contracts' lists.
 */
export const UNIT_TYPES = [
  'municipality',
  'province',
  'urban_district',
  'rural_district',
  'district_town',
  'provincial_city',
  'ward',
  'rural_commune',
  'township',
  'special_zone',
  'city_peoples_committee',
  'city_peoples_council',
  'department',
  'district_peoples_committee',
  'commune_peoples_committee',
  'party_committee',
  'front_committee',
  'mass_organisation',
  'public_service_centre',
  'office',
  'other',
] as const satisfies readonly OrgUnitType[];

export const LEVELS = ['city', 'district', 'commune'] as const satisfies readonly OrgLevel[];
export const BLOCKS = ['party', 'government', 'front', 'mass_org'] as const satisfies readonly OrgBlock[];
export const RESTRUCTURE_KINDS = [
  'create',
  'rename',
  'move',
  'merge',
  'split',
  'dissolve',
] as const satisfies readonly OrgRestructureKind[];

/** The level of each administrative unit type (contracts: ADMIN_UNIT_TYPE_LEVELS); bodies have none. */
export const ADMIN_UNIT_TYPE_LEVELS: Readonly<Partial<Record<OrgUnitType, OrgLevel>>> = {
  municipality: 'city',
  province: 'city',
  urban_district: 'district',
  rural_district: 'district',
  district_town: 'district',
  provincial_city: 'district',
  ward: 'commune',
  rural_commune: 'commune',
  township: 'commune',
  special_zone: 'commune',
};

/** The level a unit of this type has (null: a body). */
export function levelOfType(unitType: OrgUnitType): OrgLevel | null {
  return ADMIN_UNIT_TYPE_LEVELS[unitType] ?? null;
}

export const unitTypeLabel = (t: TFunction, type: string) =>
  t(`org.unitTypes.${type}`, { defaultValue: type });
export const levelLabel = (t: TFunction, level: string | null) =>
  level ? t(`org.levels.${level}`, { defaultValue: level }) : t('org.noLevel');
export const blockLabel = (t: TFunction, block: string) => t(`org.blocks.${block}`, { defaultValue: block });
export const blockShortLabel = (t: TFunction, block: string) =>
  t(`org.blocksShort.${block}`, { defaultValue: block });
export const kindLabel = (t: TFunction, kind: string) => t(`org.kinds.${kind}`, { defaultValue: kind });
export const shareLabel = (t: TFunction, share: string) => t(`org.share.${share}`, { defaultValue: share });

/** The permission each kind of change needs (server: org.policy.ts `permissionForKind`). */
export function permissionForKind(kind: OrgRestructureKind): 'org.manage' | 'org.restructure' {
  return kind === 'merge' || kind === 'split' || kind === 'dissolve' ? 'org.restructure' : 'org.manage';
}

/** The day before a `YYYY-MM-DD` day. */
export function dayBefore(day: string): string {
  return dayjs(day).subtract(1, 'day').format('YYYY-MM-DD');
}

/** "01/03/2025 – 30/06/2025" (the end is the last day in force; `validTo` is exclusive) or "từ 01/07/2025". */
export function formatValidity(t: TFunction, validFrom: string, validTo: string | null): string {
  const from = formatLocalDate(validFrom);
  if (!validTo) return t('org.validFromOpen', { from });
  return t('org.validRange', { from, to: formatLocalDate(dayBefore(validTo)) });
}
