import type { DossierList, DossierStats, DossierSummary, DossierView, ProcedureView } from './queries.ts';

/** Test data of the one-stop pages; "today" is Tuesday 10/03/2026, 10:00 in Vietnam. */
export const NOW = new Date('2026-03-10T03:00:00Z');

const id = (n: number) => `01970000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const IDS = {
  baDinh: id(4),
  hanoi: id(1),
  procedure: id(100),
  version: id(101),
  d1: id(201),
  d2: id(202),
  d3: id(203),
  officerA: id(301),
  officerB: id(302),
  file: id(401),
  payment: id(501),
  resultFile: id(601),
};

export const DESK_OFFICER = {
  id: IDS.officerA,
  kind: 'official',
  displayName: 'Trịnh Văn Long',
  orgUnitName: 'Phường Ba Đình',
  roles: ['one_stop_officer'],
  permissions: ['dossier.read', 'dossier.receive', 'dossier.stats', 'signature.seal', 'signature.sign'],
};
export const LEADER = {
  ...DESK_OFFICER,
  id: IDS.officerB,
  displayName: 'Nguyễn Thị Hằng',
  roles: ['leader'],
  permissions: ['dossier.read', 'dossier.process', 'dossier.approve', 'dossier.stats', 'signature.sign'],
};
export const CLERK = { ...DESK_OFFICER, roles: ['clerk'], permissions: ['dossier.read'] };
export const NO_DOSSIERS = { ...DESK_OFFICER, roles: ['specialist'], permissions: ['file.upload'] };

const BA_DINH = { id: IDS.baDinh, name: 'Phường Ba Đình' };

export function summary(partial: Partial<DossierSummary> = {}): DossierSummary {
  return {
    id: IDS.d1,
    code: '00004-260309-0001',
    state: 'received',
    stateLabel: 'Đã tiếp nhận',
    procedure: { id: IDS.procedure, code: '1.001193', name: 'Đăng ký khai sinh' },
    applicantName: 'Nguyễn Văn An',
    competentUnit: BA_DINH,
    channel: 'online',
    submittedAt: '2026-03-09T01:00:00Z',
    receivedAt: '2026-03-09T02:15:00Z',
    dueAt: '2026-03-11T10:00:00Z',
    late: false,
    dueSoon: false,
    assigneeName: null,
    revision: 3,
    ...partial,
  };
}

export const LIST: DossierList = {
  items: [
    summary(),
    summary({
      id: IDS.d2,
      code: '00004-260305-0007',
      applicantName: 'Trần Thị Bình',
      state: 'in_process',
      stateLabel: 'Đang giải quyết',
      dueAt: '2026-03-10T09:30:00Z',
      dueSoon: true,
      assigneeName: 'Phạm Minh Châu',
    }),
    summary({
      id: IDS.d3,
      code: '00004-260220-0003',
      applicantName: 'Lê Văn Cường',
      state: 'in_process',
      stateLabel: 'Đang giải quyết',
      dueAt: '2026-03-02T10:00:00Z',
      late: true,
    }),
  ],
  total: 43,
  counts: {
    to_receive: 5,
    mine: 2,
    to_process: 12,
    to_approve: 1,
    to_sign: 0,
    to_issue: 3,
    to_deliver: 4,
    supplement: 1,
    due_soon: 6,
    late: 2,
    all: 43,
  },
};

export const PROCEDURE: ProcedureView = {
  id: IDS.procedure,
  version: 2,
  versionId: IDS.version,
  validFrom: '2025-07-01',
  validTo: null,
  createdAt: '2025-06-20T01:00:00Z',
  definition: {
    code: '1.001193',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    routing: { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' },
    onlineLevel: 'full',
    parts: [
      { code: 'to-khai', name: 'Tờ khai đăng ký khai sinh', required: true, walletKinds: [] },
      { code: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true, walletKinds: [] },
    ],
    form: {
      schema: {
        type: 'object',
        properties: {
          child: {
            type: 'object',
            title: 'Thông tin người được khai sinh',
            properties: {
              fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
              birthDate: { type: 'string', format: 'date', title: 'Ngày, tháng, năm sinh' },
              sex: {
                type: 'string',
                title: 'Giới tính',
                oneOf: [
                  { const: 'male', title: 'Nam' },
                  { const: 'female', title: 'Nữ' },
                ],
              },
            },
          },
          requesterName: { type: 'string', title: 'Họ và tên người yêu cầu' },
          copies: { type: 'integer', title: 'Số bản sao yêu cầu' },
          sameAddress: { type: 'boolean', title: 'Cha mẹ cùng nơi cư trú' },
        },
      },
      uiSchema: {},
      groups: [
        { title: 'Người yêu cầu', fields: ['requesterName'] },
        { title: 'Người được khai sinh', fields: ['child', 'copies'] },
      ],
      prefill: { requesterName: 'identity.fullName' },
    },
    fees: [{ code: 'le-phi', name: 'Lệ phí cấp bản sao', amount: 8000 }],
    timeLimitDays: 1,
    steps: [
      { code: 'tiep-nhan', name: 'Tiếp nhận', role: 'one_stop_officer', days: 0 },
      { code: 'xu-ly', name: 'Thẩm định', role: 'specialist', days: 0.5 },
    ],
    legalBasis: ['Luật Hộ tịch 2014'],
    result: { name: 'Giấy khai sinh', walletKind: 'giay-khai-sinh', fields: [] },
  },
};

export function dossierView(partial: Partial<DossierView> = {}): DossierView {
  return {
    ...summary(),
    procedureVersion: 2,
    procedureVersionId: IDS.version,
    applicant: {
      kind: 'citizen',
      fullName: 'Nguyễn Văn An',
      personalId: '001085012345',
      birthDate: '1985-04-12',
      address: 'Số 1 phố Đội Cấn, Phường Ba Đình, Hà Nội',
      phone: '0912345678',
    },
    formData: {
      requesterName: 'Nguyễn Văn An',
      child: { fullName: 'Nguyễn Minh Khôi', birthDate: '2026-03-01', sex: 'male' },
      copies: 2,
      sameAddress: true,
      extraNote: 'Sinh tại Bệnh viện Phụ sản Hà Nội',
    },
    prefillSources: { requesterName: 'identity.fullName' },
    parts: [
      {
        partCode: 'giay-chung-sinh',
        name: 'Giấy chứng sinh',
        source: 'upload',
        walletItemId: null,
        file: {
          id: IDS.file,
          sha256: 'a'.repeat(64),
          size: 204_800,
          mediaType: 'application/pdf',
          name: 'giay-chung-sinh.pdf',
          createdAt: '2026-03-09T01:00:00Z',
        },
      },
    ],
    currentStep: {
      index: 1,
      code: 'xu-ly',
      name: 'Thẩm định',
      role: 'specialist',
      dueAt: '2026-03-10T05:00:00Z',
    },
    promisedAt: null,
    paused: false,
    feeTotal: 8000,
    paidAt: null,
    result: null,
    deliveryMethod: null,
    rating: null,
    trackingSecret: 'K7P2QX',
    draftExpiresAt: null,
    allowedActions: ['assign', 'request_supplement', 'apologize', 'stop'],
    history: [
      {
        seq: 1,
        action: 'submit',
        actionLabel: 'Nộp hồ sơ',
        fromState: 'draft',
        toState: 'submitted',
        actorName: 'Nguyễn Văn An',
        unitName: null,
        at: '2026-03-09T01:00:00Z',
        note: null,
        data: {},
      },
      {
        seq: 2,
        action: 'receive',
        actionLabel: 'Tiếp nhận (mẫu 01)',
        fromState: 'submitted',
        toState: 'received',
        actorName: 'Trịnh Văn Long',
        unitName: 'Phường Ba Đình',
        at: '2026-03-09T02:15:00Z',
        note: 'Đủ thành phần',
        data: {},
      },
    ],
    ...partial,
  };
}

export const STATS: DossierStats = {
  from: '2026-03-01',
  to: '2026-03-31',
  totals: {
    key: 'total',
    label: 'Tổng',
    received: 1200,
    resolved: 1000,
    resolvedOnTime: 950,
    resolvedLate: 50,
    pending: 200,
    pendingLate: 10,
    online: 1164,
    fullProcess: 900,
    digitised: 1100,
    paidOnline: 300,
    withFees: 400,
    rated: 500,
    ratingSum: 2250,
    satisfied: 470,
  },
  rows: [
    {
      key: IDS.baDinh,
      label: 'Phường Ba Đình',
      received: 700,
      resolved: 600,
      resolvedOnTime: 580,
      resolvedLate: 20,
      pending: 100,
      pendingLate: 4,
      online: 690,
      fullProcess: 500,
      digitised: 650,
      paidOnline: 200,
      withFees: 250,
      rated: 300,
      ratingSum: 1380,
      satisfied: 290,
    },
    {
      key: id(5),
      label: 'Phường "Hoàn Kiếm", trung tâm',
      received: 500,
      resolved: 400,
      resolvedOnTime: 370,
      resolvedLate: 30,
      pending: 100,
      pendingLate: 6,
      online: 474,
      fullProcess: 400,
      digitised: 450,
      paidOnline: 100,
      withFees: 150,
      rated: 200,
      ratingSum: 870,
      satisfied: 180,
    },
  ],
  score: {
    total: 86.4,
    transparency: 17,
    progress: 18.5,
    digitisation: 20.1,
    online: 16.8,
    satisfaction: 14,
  },
};

export const ORG_UNIT = {
  id: IDS.baDinh,
  name: 'Phường Ba Đình',
  shortName: null,
  code: '00004',
  unitType: 'ward',
  level: 'commune',
  block: 'government',
  parentId: IDS.hanoi,
  validFrom: '2025-07-01',
  validTo: null,
  childCount: 0,
};
