import { jsonResponse, problemResponse, stubFetch } from '../../test/render.tsx';
import type { OrgRestructureView, OrgUnitHistory, OrgUnitView } from './queries.ts';

/** A small Hà Nội for the org tests: 30/06/2025 (three levels) and 01/07/2025 (two levels). */
export const IDS = {
  hanoi: '01970000-0000-7000-8000-000000000001',
  ubnd: '01970000-0000-7000-8000-000000000002',
  quanBaDinh: '01970000-0000-7000-8000-000000000003',
  trucBach: '01970000-0000-7000-8000-000000000004',
  quanThanh: '01970000-0000-7000-8000-000000000005',
  phuongBaDinh: '01970000-0000-7000-8000-000000000006',
  merge: '01970000-0000-7000-8000-0000000000a1',
} as const;

function unit(partial: Partial<OrgUnitView> & Pick<OrgUnitView, 'id' | 'name'>): OrgUnitView {
  return {
    shortName: null,
    code: null,
    unitType: 'other',
    level: null,
    block: 'government',
    parentId: null,
    validFrom: '2025-03-01',
    validTo: null,
    childCount: 0,
    ...partial,
  };
}

export const HANOI_0630 = unit({
  id: IDS.hanoi,
  name: 'Thành phố Hà Nội',
  code: '01',
  unitType: 'municipality',
  level: 'city',
  childCount: 2,
});
export const HANOI_0701 = { ...HANOI_0630, childCount: 2 };
export const UBND = unit({
  id: IDS.ubnd,
  name: 'Ủy ban nhân dân thành phố Hà Nội',
  shortName: 'UBND thành phố',
  unitType: 'city_peoples_committee',
  parentId: IDS.hanoi,
});
export const QUAN_BA_DINH = unit({
  id: IDS.quanBaDinh,
  name: 'Quận Ba Đình',
  code: '001',
  unitType: 'urban_district',
  level: 'district',
  parentId: IDS.hanoi,
  validTo: '2025-07-01',
  childCount: 2,
});
export const TRUC_BACH = unit({
  id: IDS.trucBach,
  name: 'Phường Trúc Bạch',
  code: '00004',
  unitType: 'ward',
  level: 'commune',
  parentId: IDS.quanBaDinh,
  validTo: '2025-07-01',
});
export const QUAN_THANH = unit({
  id: IDS.quanThanh,
  name: 'Phường Quán Thánh',
  code: '00007',
  unitType: 'ward',
  level: 'commune',
  parentId: IDS.quanBaDinh,
  validTo: '2025-07-01',
});
export const PHUONG_BA_DINH = unit({
  id: IDS.phuongBaDinh,
  name: 'Phường Ba Đình',
  code: '00004',
  unitType: 'ward',
  level: 'commune',
  parentId: IDS.hanoi,
  validFrom: '2025-07-01',
});

export const MERGE: OrgRestructureView = {
  id: IDS.merge,
  kind: 'merge',
  effectiveDate: '2025-07-01',
  legalBasis: 'Nghị quyết 1656/NQ-UBTVQH15',
  note: null,
  unitId: IDS.phuongBaDinh,
  createdBy: 'system:demo-seed',
  createdAt: '2025-06-20T02:00:00Z',
  lineage: [
    {
      fromUnitId: IDS.trucBach,
      fromName: 'Phường Trúc Bạch',
      toUnitId: IDS.phuongBaDinh,
      toName: 'Phường Ba Đình',
      share: 'full',
    },
    {
      fromUnitId: IDS.quanThanh,
      fromName: 'Phường Quán Thánh',
      toUnitId: IDS.phuongBaDinh,
      toName: 'Phường Ba Đình',
      share: 'full',
    },
  ],
};

const versionOf = ({ childCount: _, id: __, ...rest }: OrgUnitView) => ({ ...rest, restructureId: null });

export const TRUC_BACH_HISTORY: OrgUnitHistory = {
  id: IDS.trucBach,
  createdAt: '2025-06-20T02:00:00Z',
  versions: [versionOf(TRUC_BACH)],
  restructures: [MERGE],
};

const DAYS: Record<string, { units: OrgUnitView[] }> = {
  '2025-06-30': { units: [HANOI_0630, UBND, QUAN_BA_DINH, TRUC_BACH, QUAN_THANH] },
  '2025-07-01': { units: [HANOI_0701, UBND, PHUONG_BA_DINH] },
};

const ANCESTORS: Record<string, string[]> = {
  [IDS.hanoi]: [],
  [IDS.ubnd]: [IDS.hanoi],
  [IDS.quanBaDinh]: [IDS.hanoi],
  [IDS.trucBach]: [IDS.hanoi, IDS.quanBaDinh],
  [IDS.quanThanh]: [IDS.hanoi, IDS.quanBaDinh],
  [IDS.phuongBaDinh]: [IDS.hanoi],
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();

export type OrgPost = (body: Record<string, unknown>) => Response;

/** Session + the read endpoints of the org API over the fixtures; POSTs go to `post`. */
export function orgApi(user: Record<string, unknown>, post?: OrgPost) {
  return stubFetch((url, init) => {
    const parsed = new URL(url, 'http://localhost');
    const path = parsed.pathname;
    const query = parsed.searchParams;
    if (path === '/api/v1/auth/session') return jsonResponse({ user });
    if (path === '/api/v1/org/restructures' && init?.method === 'POST' && post) {
      return post(JSON.parse(String(init.body)));
    }
    const asOf = query.get('asOf') ?? '2025-07-01';
    const units = DAYS[asOf]?.units ?? DAYS['2025-07-01']?.units ?? [];
    if (path === '/api/v1/org/units') {
      const q = query.get('q');
      const parentId = query.get('parentId');
      const items = q
        ? units.filter((u) => fold(u.name).includes(fold(q)) || u.code === q)
        : units.filter((u) => u.parentId === (parentId ?? null));
      return jsonResponse({ asOf, items, total: items.length, limit: 200, offset: 0 });
    }
    const match = /^\/api\/v1\/org\/units\/([^/]+)(\/history|\/subtree-count)?$/.exec(path);
    if (match) {
      const [, id, tail] = match;
      if (tail === '/history') {
        if (id === IDS.trucBach) return jsonResponse(TRUC_BACH_HISTORY);
        const found = Object.values(DAYS)
          .flatMap((d) => d.units)
          .find((u) => u.id === id);
        if (!found) return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy đơn vị.');
        return jsonResponse({
          id,
          createdAt: '2025-06-20T02:00:00Z',
          versions: [versionOf(found)],
          restructures: [],
        });
      }
      const found = units.find((u) => u.id === id);
      if (!found) return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy đơn vị vào ngày này.');
      if (tail === '/subtree-count') {
        const below = units.filter((u) => (ANCESTORS[u.id] ?? []).includes(found.id));
        const count = (level: string) => below.filter((u) => u.level === level).length;
        return jsonResponse({
          unitId: id,
          asOf,
          total: below.length,
          byLevel: { city: count('city'), district: count('district'), commune: count('commune') },
          bodies: below.filter((u) => u.level === null).length,
        });
      }
      const ancestors = (ANCESTORS[found.id] ?? []).map((ancestorId) => {
        const a = units.find((u) => u.id === ancestorId);
        return {
          id: ancestorId,
          name: a?.name ?? '',
          unitType: a?.unitType ?? 'other',
          level: a?.level ?? null,
        };
      });
      return jsonResponse({ ...found, asOf, ancestors });
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}
