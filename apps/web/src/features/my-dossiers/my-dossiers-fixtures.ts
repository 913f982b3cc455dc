import type { DossierView } from '@lienthong/contracts';

/** Test data of the citizen's dossier pages. */

export const PROCEDURE_ID = '0190a0b0-0000-7000-8000-000000000001';
export const VERSION_ID = '0190a0b0-0000-7000-8000-00000000ffff';
export const DOSSIER_ID = '0190a0b0-0000-7000-8000-0000000000d1';

export const CITIZEN = {
  id: 'c1',
  kind: 'citizen',
  displayName: 'Nguyễn Văn An',
  roles: ['citizen'],
  permissions: ['file.upload', 'file.read'],
};

export const STORED_FILE = {
  id: '0190a0b0-0000-7000-8000-0000000000f1',
  sha256: 'a'.repeat(64),
  size: 204_800,
  mediaType: 'application/pdf',
  name: 'giay-chung-sinh.pdf',
  createdAt: '2026-03-05T02:00:00.000Z',
};

/** The procedure version a dossier was filed under: only what the pages read (the parts' names). */
export const VERSION = {
  id: PROCEDURE_ID,
  versionId: VERSION_ID,
  version: 1,
  definition: {
    parts: [{ code: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true, walletKinds: [] }],
  },
};

export function dossierView(overrides: Partial<DossierView> = {}): DossierView {
  return {
    id: DOSSIER_ID,
    code: null,
    state: 'draft',
    stateLabel: 'Bản nháp',
    procedure: { id: PROCEDURE_ID, code: '1.001193.000.00.00.H26', name: 'Đăng ký khai sinh' },
    applicantName: 'Nguyễn Văn An',
    competentUnit: { id: '0190a0b0-0000-7000-8000-0000000000b1', name: 'Phường Ba Đình' },
    channel: 'online',
    submittedAt: null,
    receivedAt: null,
    dueAt: null,
    late: false,
    dueSoon: false,
    assigneeName: null,
    revision: 0,
    procedureVersion: 1,
    procedureVersionId: VERSION_ID,
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
