import type { DossierView, PrefillView, ProcedureDefinition, ProcedureView } from '@lienthong/contracts';

/** Test data: a birth registration (commune procedure) and a city procedure with one question group. */

export const PROCEDURE_ID = '0190a0b0-0000-7000-8000-000000000001';
export const CITY_PROCEDURE_ID = '0190a0b0-0000-7000-8000-000000000002';
export const DOSSIER_ID = '0190a0b0-0000-7000-8000-0000000000d1';
export const BA_DINH = '0190a0b0-0000-7000-8000-0000000000b1';
export const HOAN_KIEM = '0190a0b0-0000-7000-8000-0000000000b2';
export const WALLET_ITEM = '0190a0b0-0000-7000-8000-0000000000e1';
export const FILE_ID = '0190a0b0-0000-7000-8000-0000000000f1';
export const NATIONAL_DB = 'Cơ sở dữ liệu quốc gia về dân cư';

const birth: ProcedureDefinition = {
  code: '1.001193.000.00.00.H26',
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  level: 'commune',
  routing: { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' },
  onlineLevel: 'full',
  parts: [
    {
      code: 'giay-chung-sinh',
      name: 'Giấy chứng sinh',
      required: true,
      form: 'Bản chính',
      walletKinds: ['giay-chung-sinh'],
    },
    { code: 'uy-quyen', name: 'Văn bản ủy quyền', required: false, walletKinds: [] },
  ],
  form: {
    schema: {
      type: 'object',
      required: ['nguoiYeuCau', 'con'],
      properties: {
        nguoiYeuCau: {
          type: 'object',
          title: 'Người đi đăng ký',
          required: ['hoTen', 'soDinhDanh'],
          properties: {
            hoTen: { type: 'string', title: 'Họ, chữ đệm, tên người yêu cầu' },
            soDinhDanh: { type: 'string', title: 'Số định danh cá nhân', pattern: '^\\d{12}$' },
            noiCuTru: { type: 'string', title: 'Nơi cư trú' },
          },
        },
        quanHe: { type: 'string', title: 'Quan hệ với người được khai sinh', enum: ['Cha', 'Mẹ', 'Khác'] },
        con: {
          type: 'object',
          title: 'Người được khai sinh',
          required: ['hoTen', 'ngaySinh', 'gioiTinh'],
          properties: {
            hoTen: { type: 'string', title: 'Họ, chữ đệm, tên', minLength: 1, maxLength: 100 },
            ngaySinh: { type: 'string', format: 'date', title: 'Ngày, tháng, năm sinh' },
            gioiTinh: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
          },
        },
      },
    },
    uiSchema: { quanHe: { 'ui:widget': 'radio' }, con: { gioiTinh: { 'ui:widget': 'radio' } } },
    groups: [
      { title: 'Người yêu cầu', fields: ['nguoiYeuCau', 'quanHe'] },
      { title: 'Người được khai sinh', fields: ['con'] },
    ],
    prefill: {
      'nguoiYeuCau.hoTen': 'identity.fullName',
      'nguoiYeuCau.soDinhDanh': 'identity.personalId',
      'nguoiYeuCau.noiCuTru': 'registry.household',
    },
  },
  fees: [
    { code: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 8000, note: 'miễn khi đăng ký đúng hạn' },
  ],
  timeLimitDays: 1,
  steps: [
    { code: 'tiep-nhan', name: 'Tiếp nhận', role: 'one_stop_officer', days: 0.5 },
    { code: 'phe-duyet', name: 'Phê duyệt', role: 'leader', days: 0.5 },
  ],
  legalBasis: ['Luật Hộ tịch 2014'],
  result: { name: 'Giấy khai sinh', walletKind: 'giay-khai-sinh', fields: [] },
};

function view(id: string, definition: ProcedureDefinition): ProcedureView {
  return {
    id,
    version: 1,
    versionId: `${id.slice(0, -4)}ffff`,
    validFrom: '2026-01-01',
    validTo: null,
    definition,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

export const BIRTH: ProcedureView = view(PROCEDURE_ID, birth);

/** A city procedure (fixed unit), one question group, no parts: two steps (the group, then review). */
export const CITY: ProcedureView = view(CITY_PROCEDURE_ID, {
  ...birth,
  code: '2.000488.000.00.00.H26',
  name: 'Cấp phiếu lý lịch tư pháp',
  level: 'city',
  routing: { kind: 'unit', unitName: 'Sở Tư pháp', agencyCode: 'STP' },
  parts: [],
  form: { ...birth.form, groups: [{ title: 'Người được khai sinh', fields: ['con'] }], prefill: {} },
  fees: [{ code: 'phi', name: 'Phí cung cấp thông tin lý lịch tư pháp', amount: 200000 }],
  timeLimitDays: 10,
});

export const PREFILL: PrefillView = {
  values: {
    'nguoiYeuCau.hoTen': 'Nguyễn Văn An',
    'nguoiYeuCau.soDinhDanh': '001085012345',
    'nguoiYeuCau.noiCuTru': 'Số 18 phố Đội Cấn, Phường Ba Đình',
  },
  sources: {
    'nguoiYeuCau.hoTen': { source: 'identity.fullName', label: NATIONAL_DB },
    'nguoiYeuCau.soDinhDanh': { source: 'identity.personalId', label: NATIONAL_DB },
    'nguoiYeuCau.noiCuTru': { source: 'registry.household', label: 'Cơ sở dữ liệu cư trú' },
  },
  walletParts: {
    'giay-chung-sinh': [
      {
        id: WALLET_ITEM,
        title: 'Giấy chứng sinh số 1203',
        source: 'Bệnh viện Phụ sản Hà Nội',
        issuedAt: '2026-02-20T03:00:00.000Z',
      },
    ],
  },
  suggestedUnitId: BA_DINH,
};

export const COMMUNES = {
  asOf: '2026-03-05',
  items: [
    { id: BA_DINH, name: 'Phường Ba Đình', code: '00004', unitType: 'ward', level: 'commune' },
    { id: HOAN_KIEM, name: 'Phường Hoàn Kiếm', code: '00070', unitType: 'ward', level: 'commune' },
  ],
  total: 2,
  limit: 200,
  offset: 0,
};

export const STORED_FILE = {
  id: FILE_ID,
  sha256: 'a'.repeat(64),
  size: 204_800,
  mediaType: 'application/pdf',
  name: 'giay-chung-sinh.pdf',
  createdAt: '2026-03-05T02:00:00.000Z',
};

/** A dossier as the server answers (a draft unless `state` says otherwise). */
export function dossierView(overrides: Partial<DossierView> = {}): DossierView {
  return {
    id: DOSSIER_ID,
    code: null,
    state: 'draft',
    stateLabel: 'Bản nháp',
    procedure: { id: PROCEDURE_ID, code: birth.code, name: birth.name },
    applicantName: 'Nguyễn Văn An',
    competentUnit: { id: BA_DINH, name: 'Phường Ba Đình' },
    channel: 'online',
    submittedAt: null,
    receivedAt: null,
    dueAt: null,
    late: false,
    dueSoon: false,
    assigneeName: null,
    revision: 0,
    procedureVersion: 1,
    procedureVersionId: BIRTH.versionId,
    applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', personalId: '001085012345' },
    formData: {},
    prefillSources: {},
    parts: [],
    currentStep: null,
    promisedAt: null,
    paused: false,
    feeTotal: 8000,
    paidAt: null,
    result: null,
    deliveryMethod: null,
    rating: null,
    trackingSecret: null,
    draftExpiresAt: null,
    allowedActions: [],
    history: [],
    ...overrides,
  };
}

export const CITIZEN = {
  id: 'c1',
  kind: 'citizen',
  displayName: 'Nguyễn Văn An',
  roles: ['citizen'],
  permissions: ['file.upload', 'file.read'],
};

export const DESK_OFFICER = {
  id: 'u7',
  kind: 'official',
  displayName: 'Lê Thị Hoa',
  roles: ['one_stop_officer'],
  permissions: ['file.upload', 'file.read', 'citizen.lookup', 'dossier.read', 'dossier.receive'],
};
