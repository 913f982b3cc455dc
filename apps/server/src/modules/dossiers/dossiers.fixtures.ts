import type { ProcedureDefinition } from '@lienthong/contracts';
import { type CitizenSession, citizenSession } from '../../../test/citizen-session.ts';
import { bearer, type TestApp } from '../../../test/test-app.ts';
import { SIMULATED_CITIZENS } from '../../simulators/national-id/index.ts';
import { addOfficial, type Cookies, signIn, withSession } from '../identity/identity.fixtures.ts';
import { multipartBody, samplePdf } from '../signatures/signatures.fixtures.ts';

/** Test world of the dossiers module: two communes, their staff, a citizen, a procedure. */

export const TEST_PROCEDURE: ProcedureDefinition = {
  code: '1.000001.000.00.00.H26',
  name: 'Đăng ký khai sinh (thử nghiệm)',
  field: 'Hộ tịch',
  level: 'commune',
  routing: { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' },
  onlineLevel: 'full',
  parts: [
    { code: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true, walletKinds: ['giay-chung-sinh'] },
    { code: 'giay-uy-quyen', name: 'Văn bản ủy quyền', required: false, walletKinds: [] },
  ],
  form: {
    schema: {
      type: 'object',
      required: ['nguoiYeuCau', 'tre'],
      properties: {
        nguoiYeuCau: {
          type: 'object',
          title: 'Người yêu cầu',
          required: ['hoTen', 'soDinhDanh'],
          properties: {
            hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1 },
            soDinhDanh: { type: 'string', title: 'Số định danh cá nhân', pattern: '^\\d{12}$' },
          },
        },
        tre: {
          type: 'object',
          title: 'Người được khai sinh',
          required: ['hoTen', 'ngaySinh', 'gioiTinh'],
          properties: {
            hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1 },
            ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' },
            gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
          },
        },
      },
    },
    uiSchema: {},
    groups: [
      { title: 'Người yêu cầu', fields: ['nguoiYeuCau'] },
      { title: 'Người được khai sinh', fields: ['tre'] },
    ],
    prefill: { 'nguoiYeuCau.hoTen': 'identity.fullName', 'nguoiYeuCau.soDinhDanh': 'identity.personalId' },
  },
  fees: [{ code: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 8000 }],
  timeLimitDays: 3,
  steps: [
    { code: 'tiep-nhan', name: 'Tiếp nhận hồ sơ', role: 'one_stop_officer', days: 0.5 },
    { code: 'tham-dinh', name: 'Thẩm định', role: 'specialist', days: 1.5 },
    { code: 'phe-duyet', name: 'Phê duyệt, ký', role: 'leader', days: 1 },
  ],
  legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
  result: {
    name: 'Giấy khai sinh',
    walletKind: 'giay-khai-sinh',
    fields: [
      { label: 'Họ, chữ đệm và tên', path: 'tre.hoTen' },
      { label: 'Ngày sinh', path: 'tre.ngaySinh' },
    ],
  },
};

export type Staff = {
  motcua: Cookies;
  chuyenvien: Cookies;
  lanhdao: Cookies;
  vanthu: Cookies;
  ids: Record<string, string>;
};

export type World = {
  cityId: string;
  communeId: string;
  otherCommuneId: string;
  procedureId: string;
  staff: Staff;
  other: Staff;
  citizen: CitizenSession;
  stranger: CitizenSession;
};

async function createUnit(t: TestApp, body: Record<string, unknown>): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/org/units',
    headers: bearer('to-chuc', ['org.manage']),
    payload: { block: 'government', validFrom: '2025-01-01', ...body },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

async function staffOf(t: TestApp, prefix: string, unitId: string): Promise<Staff> {
  const db = t.db.database.db;
  const roles = {
    motcua: 'one_stop_officer',
    chuyenvien: 'specialist',
    lanhdao: 'leader',
    vanthu: 'clerk',
  } as const;
  const cookies: Partial<Record<keyof typeof roles, Cookies>> = {};
  const ids: Record<string, string> = {};
  for (const [key, role] of Object.entries(roles) as [
    keyof typeof roles,
    (typeof roles)[keyof typeof roles],
  ][]) {
    const official = await addOfficial(db, `${key}.${prefix}`, { roles: [role], unitId });
    ids[key] = official.id;
    cookies[key] = await signIn(t.app, official, () => new Date());
  }
  return { ...(cookies as Omit<Staff, 'ids'>), ids };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const cityId = await createUnit(t, {
    name: 'Thành phố Thử nghiệm',
    code: '93',
    unitType: 'municipality',
    level: 'city',
    parentId: null,
  });
  const communeId = await createUnit(t, {
    name: 'Phường Ba Đình',
    code: '00004',
    unitType: 'ward',
    level: 'commune',
    parentId: cityId,
  });
  const otherCommuneId = await createUnit(t, {
    name: 'Xã Sóc Sơn',
    code: '08980',
    unitType: 'rural_commune',
    level: 'commune',
    parentId: cityId,
  });
  const published = await t.app.inject({
    method: 'POST',
    url: '/api/v1/procedures',
    headers: bearer('danh-muc', ['procedure.manage']),
    payload: { validFrom: '2025-07-01', definition: TEST_PROCEDURE },
  });
  if (published.statusCode !== 201) throw new Error(published.body);
  const [first, second] = SIMULATED_CITIZENS;
  if (!first || !second) throw new Error('simulated citizens missing');
  return {
    cityId,
    communeId,
    otherCommuneId,
    procedureId: published.json().id,
    staff: await staffOf(t, 'badinh', communeId),
    other: await staffOf(t, 'socson', otherCommuneId),
    citizen: await citizenSession(t, first.personalId),
    stranger: await citizenSession(t, second.personalId),
  };
}

/** Uploads a small PDF as whoever holds `headers`; returns the file id. */
export async function uploadPdf(
  t: TestApp,
  headers: Record<string, string>,
  bytes?: Uint8Array,
): Promise<string> {
  const multipart = multipartBody([
    {
      field: 'file',
      filename: 'giay-chung-sinh.pdf',
      type: 'application/pdf',
      content: bytes ?? (await samplePdf(1)),
    },
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...headers, ...multipart.headers },
    payload: multipart.body,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id;
}

export function formFor(citizen: { personalId: string }, fullName: string) {
  return {
    nguoiYeuCau: { hoTen: fullName, soDinhDanh: citizen.personalId },
    tre: { hoTen: 'Nguyễn Minh Khôi', ngaySinh: '2026-11-01', gioiTinh: 'Nam' },
  };
}

export const officer = (c: Cookies) => withSession(c);
