import fs from 'node:fs';
import path from 'node:path';
import type { LineageShare, OrgUnitType } from '@lienthong/contracts';

/**
 * The Hà Nội administrative-unit files shipped in ../reference-data (see its ATTRIBUTION.md). The
 * folder is not called `data/`: the repository ignores every `data/` (the embedded database).
 */

const DATA_DIR = path.resolve(import.meta.dirname, '../reference-data');

export type AdminUnitRecord = { code: string; name: string; shortName: string };
export type OldDistrict = AdminUnitRecord & { wards: AdminUnitRecord[] };
export type NewCommune = AdminUnitRecord & { type: 'Phường' | 'Xã' };
export type WardMapping = {
  oldCode: string;
  oldDistrictCode: string;
  newCode: string;
  share: LineageShare;
};

export type HanoiData = {
  province: { code: string; name: string };
  /** The three-level structure in force from 2025-03-01: 30 district-level units, 526 communes. */
  districts: OldDistrict[];
  /** The communes in force from 2025-07-01 (Nghị quyết 1656/NQ-UBTVQH15): 126. */
  communes: NewCommune[];
  /** Old commune → new commune, full or partial: 796 rows. */
  mapping: WardMapping[];
};

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;
}

function parseMapping(text: string): WardMapping[] {
  const [header, ...lines] = text.normalize('NFC').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  const at = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const cells = line.split(',');
    const share = cells[at('merge_type')];
    if (share !== 'full' && share !== 'partial') throw new Error(`bad merge_type in: ${line}`);
    return {
      oldCode: cells[at('old_ward_code')] ?? '',
      oldDistrictCode: cells[at('old_district_code')] ?? '',
      newCode: cells[at('new_ward_code')] ?? '',
      share,
    };
  });
}

export function loadHanoiData(): HanoiData {
  const before = readJson<{ province: { code: string; name: string }; districts: OldDistrict[] }>(
    'hanoi_3level_2025-03-01.json',
  );
  const after = readJson<{ wards: NewCommune[] }>('hanoi_2level_2025-07-01.json');
  const mapping = parseMapping(
    fs.readFileSync(path.join(DATA_DIR, 'hanoi_old_to_new_wards_2025.csv'), 'utf8'),
  );
  return { province: before.province, districts: before.districts, communes: after.wards, mapping };
}

const TYPE_BY_PREFIX: [string, OrgUnitType][] = [
  ['Thành phố ', 'provincial_city'],
  ['Thị trấn ', 'township'],
  ['Thị xã ', 'district_town'],
  ['Quận ', 'urban_district'],
  ['Huyện ', 'rural_district'],
  ['Phường ', 'ward'],
  ['Xã ', 'rural_commune'],
  ['Đặc khu ', 'special_zone'],
];

/** The unit type from the name's prefix ("Quận Ba Đình" → urban_district). */
export function adminTypeOf(name: string): OrgUnitType {
  const found = TYPE_BY_PREFIX.find(([prefix]) => name.startsWith(prefix));
  if (!found) throw new Error(`unknown administrative unit type: ${name}`);
  return found[1];
}
