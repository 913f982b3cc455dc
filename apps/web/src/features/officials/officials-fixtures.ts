import type { OrgUnitView } from '@lienthong/contracts';
import { type FetchHandler, jsonResponse, problemResponse, stubFetch } from '../../test/render.tsx';
import type { OfficialDetail, OfficialView } from './queries.ts';

/** Test data of the officials pages; "today" in the tests is 10/03/2026 (Vietnam). */
export const NOW = new Date('2026-03-10T03:00:00Z');

export const UNIT_IDS = {
  hanoi: '01970000-0000-7000-8000-000000000001',
  baDinh: '01970000-0000-7000-8000-000000000004',
  snv: '01970000-0000-7000-8000-000000000010',
};
export const OFFICIAL_IDS = {
  hang: '01970000-0000-7000-8000-0000000000a1',
  khoa: '01970000-0000-7000-8000-0000000000a2',
  long: '01970000-0000-7000-8000-0000000000a3',
  new: '01970000-0000-7000-8000-0000000000a9',
};
export const GRANT_IDS = {
  leader: '01970000-0000-7000-8000-0000000000b1',
  old: '01970000-0000-7000-8000-0000000000b2',
};

export const ADMIN = {
  id: 'admin-1',
  kind: 'official',
  displayName: 'Cao Văn Thắng',
  orgUnitName: 'Phường Ba Đình',
  roles: ['unit_admin'],
  permissions: ['official.manage', 'role.grant', 'session.revoke'],
};
export const SYSTEM_ADMIN = {
  ...ADMIN,
  id: 'admin-0',
  displayName: 'Nguyễn Văn Quản',
  roles: ['system_admin'],
};
export const SPECIALIST = { ...ADMIN, id: 'u-9', roles: ['specialist'], permissions: ['file.upload'] };

export const BA_DINH: OrgUnitView = {
  id: UNIT_IDS.baDinh,
  name: 'Phường Ba Đình',
  shortName: null,
  code: '00004',
  unitType: 'ward',
  level: 'commune',
  block: 'government',
  parentId: UNIT_IDS.hanoi,
  validFrom: '2025-07-01',
  validTo: null,
  childCount: 0,
};

const BASE: OfficialView = {
  id: OFFICIAL_IDS.hang,
  username: 'badinh.lanhdao',
  displayName: 'Nguyễn Thị Hằng',
  email: null,
  orgUnitId: UNIT_IDS.baDinh,
  orgUnitName: 'Phường Ba Đình',
  mustChangePassword: false,
  totpEnabled: false,
  lockedUntil: null,
  disabledAt: null,
  createdAt: '2025-07-01T01:00:00Z',
};

export const OFFICIALS: OfficialView[] = [
  { ...BASE, totpEnabled: true, lockedUntil: '2026-03-10T03:30:00Z' },
  {
    ...BASE,
    id: OFFICIAL_IDS.khoa,
    username: 'badinh.vanthu',
    displayName: 'Đặng Văn Khoa',
    mustChangePassword: true,
  },
  {
    ...BASE,
    id: OFFICIAL_IDS.long,
    username: 'badinh.motcua',
    displayName: 'Trịnh Văn Long',
    disabledAt: '2026-01-05T02:00:00Z',
  },
];

export const HANG_DETAIL: OfficialDetail = {
  ...BASE,
  email: 'hang@badinh.hanoi.gov.vn',
  grants: [
    {
      id: GRANT_IDS.leader,
      role: 'leader',
      roleLabel: 'Lãnh đạo',
      orgUnitId: UNIT_IDS.baDinh,
      orgUnitName: 'Phường Ba Đình',
      scope: 'unit',
      validFrom: '2025-07-01',
      validTo: null,
      grantedBy: 'system:demo-seed',
      createdAt: '2025-07-01T01:00:00Z',
    },
    {
      id: GRANT_IDS.old,
      role: 'specialist',
      roleLabel: 'Chuyên viên',
      orgUnitId: UNIT_IDS.baDinh,
      orgUnitName: 'Phường Ba Đình',
      scope: 'subtree',
      validFrom: '2025-07-01',
      validTo: '2026-01-01',
      grantedBy: 'admin-1',
      createdAt: '2025-07-01T01:00:00Z',
    },
  ],
};

export type Write = (method: string, url: string, body: Record<string, unknown>) => Response | undefined;

/** The API of the officials pages: session, list, one official, unit search; writes go to `write`. */
export function officialsApi(
  user: typeof ADMIN,
  write: Write = () => undefined,
  extra?: FetchHandler,
  detail: OfficialDetail = HANG_DETAIL,
) {
  return stubFetch(async (url, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      const answer = write(method, url, JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>);
      if (answer) return answer;
    }
    const path = url.split('?')[0];
    if (url === '/api/v1/auth/session') return jsonResponse({ user });
    if (path === '/api/v1/officials') return jsonResponse({ items: OFFICIALS, total: 45 });
    if (path === `/api/v1/officials/${OFFICIAL_IDS.hang}`) return jsonResponse(detail);
    if (path === '/api/v1/org/units')
      return jsonResponse({ asOf: '2026-03-10', items: [BA_DINH], total: 1, limit: 20, offset: 0 });
    if (path === `/api/v1/org/units/${UNIT_IDS.baDinh}`) {
      return jsonResponse({
        ...BA_DINH,
        asOf: '2026-03-10',
        ancestors: [
          { id: UNIT_IDS.hanoi, name: 'Thành phố Hà Nội', unitType: 'municipality', level: 'city' },
        ],
      });
    }
    const other = await extra?.(url, init);
    if (other) return other;
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}
