import type { ProcedureList, ProcedureView } from '@lienthong/contracts';
import { jsonResponse, problemResponse, stubFetch } from '../../test/render.tsx';

/** Test data of the catalogue pages (shapes of packages/contracts). */

export const BIRTH_ID = '0190a0b0-0000-7000-8000-0000000000b1';
export const RECORD_ID = '0190a0b0-0000-7000-8000-0000000000b2';

export const BIRTH: ProcedureView = {
  id: BIRTH_ID,
  version: 2,
  versionId: '0190a0b0-0000-7000-8000-0000000000c2',
  validFrom: '2025-07-01',
  validTo: null,
  createdAt: '2025-06-20T02:00:00Z',
  definition: {
    code: '1.001193.000.00.00.H26',
    name: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    level: 'commune',
    routing: { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' },
    onlineLevel: 'full',
    description: 'Đăng ký khai sinh cho trẻ em tại Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.',
    parts: [
      {
        code: 'giay-chung-sinh',
        name: 'Giấy chứng sinh',
        required: true,
        form: 'bản chính',
        walletKinds: ['giay-chung-sinh'],
      },
      { code: 'uy-quyen', name: 'Văn bản ủy quyền', required: false, walletKinds: [] },
    ],
    form: {
      schema: { type: 'object', properties: { child: { type: 'object' } } },
      uiSchema: {},
      groups: [{ title: 'Người được khai sinh', fields: ['child'] }],
      prefill: {},
    },
    fees: [
      { code: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 0, note: 'Miễn khi đăng ký đúng hạn.' },
      { code: 'trich-luc', name: 'Phí cấp bản sao trích lục', amount: 8000, note: '8.000 đồng/bản.' },
    ],
    timeLimitDays: 0,
    steps: [
      { code: 'tiep-nhan', name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'one_stop_officer', days: 0 },
      { code: 'xu-ly', name: 'Công chức tư pháp – hộ tịch ghi sổ', role: 'specialist', days: 0.5 },
      { code: 'phe-duyet', name: 'Chủ tịch Ủy ban nhân dân cấp xã ký', role: 'leader', days: 0 },
    ],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13', 'Nghị định 123/2015/NĐ-CP'],
    result: { name: 'Giấy khai sinh', walletKind: 'giay-khai-sinh', fields: [] },
  },
};

export const LIST: ProcedureList = {
  items: [
    {
      id: RECORD_ID,
      code: '2.000488.000.00.00.H26',
      name: 'Cấp Phiếu lý lịch tư pháp',
      field: 'Lý lịch tư pháp',
      level: 'city',
      onlineLevel: 'partial',
      agencyName: 'Sở Tư pháp',
      timeLimitDays: 10,
      feeTotal: 200_000,
      version: 1,
    },
    {
      id: BIRTH_ID,
      code: '1.001193.000.00.00.H26',
      name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      level: 'commune',
      onlineLevel: 'full',
      agencyName: 'Ủy ban nhân dân cấp xã',
      timeLimitDays: 0,
      feeTotal: 0,
      version: 2,
    },
  ],
  total: 2,
  fields: ['Hộ tịch', 'Lý lịch tư pháp'],
};

export const MANAGER = {
  id: 'u-quan-tri',
  kind: 'official',
  displayName: 'Lê Văn Quản',
  roles: ['system_admin'],
  permissions: ['procedure.manage'],
};

/** The catalogue API as the server answers it; `onImport` answers POST …/import. */
export function catalogueApi(
  options: {
    user?: Record<string, unknown> | null;
    list?: ProcedureList;
    onImport?: (url: URL) => Response;
  } = {},
) {
  return stubFetch((url, init) => {
    const parsed = new URL(url, 'http://localhost');
    const path = parsed.pathname;
    if (path === '/api/v1/auth/session') {
      return options.user
        ? jsonResponse({ user: options.user })
        : problemResponse(401, 'UNAUTHENTICATED', 'Chưa đăng nhập.');
    }
    if (path === '/api/v1/procedures/import' && init?.method === 'POST' && options.onImport) {
      return options.onImport(parsed);
    }
    if (path === '/api/v1/procedures/export') {
      const format = parsed.searchParams.get('format');
      return new Response(format === 'xlsx' ? 'PK…' : '{}', {
        status: 200,
        headers: { 'content-disposition': `attachment; filename="danh-muc-thu-tuc-2026-03-02.${format}"` },
      });
    }
    if (path === '/api/v1/procedures') return jsonResponse(options.list ?? LIST);
    if (path === `/api/v1/procedures/${BIRTH_ID}`) return jsonResponse(BIRTH);
    if (path === `/api/v1/procedures/${BIRTH_ID}/versions`) {
      return jsonResponse({
        items: [
          {
            versionId: BIRTH.versionId,
            version: 2,
            validFrom: '2025-07-01',
            validTo: null,
            createdBy: 'system:demo-seed',
            createdAt: '2025-06-20T02:00:00Z',
          },
          {
            versionId: '0190a0b0-0000-7000-8000-0000000000c1',
            version: 1,
            validFrom: '2016-01-01',
            validTo: '2025-07-01',
            createdBy: 'u-quan-tri',
            createdAt: '2015-12-20T02:00:00Z',
          },
        ],
      });
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy dữ liệu yêu cầu.');
  });
}
