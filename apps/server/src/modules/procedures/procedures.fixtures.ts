import type { ProcedureDefinition, PublishProcedureInput } from '@lienthong/contracts';

/** A small, valid procedure definition for tests (a birth registration with a short form). */
export function definitionFixture(overrides: Partial<ProcedureDefinition> = {}): ProcedureDefinition {
  return {
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
        form: 'bản chính',
        walletKinds: ['giay-chung-sinh'],
      },
    ],
    form: {
      schema: {
        type: 'object',
        required: ['requester', 'child'],
        properties: {
          requester: {
            type: 'object',
            title: 'Người đi đăng ký',
            required: ['fullName', 'personalId'],
            properties: {
              fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100 },
              personalId: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' },
            },
          },
          child: {
            type: 'object',
            title: 'Người được khai sinh',
            required: ['fullName', 'birthDate', 'sex'],
            properties: {
              fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100 },
              birthDate: { type: 'string', title: 'Ngày sinh', format: 'date' },
              sex: { type: 'string', title: 'Giới tính', enum: ['Nam', 'Nữ'] },
              weightGrams: { type: 'integer', title: 'Cân nặng (gam)', minimum: 300, maximum: 8000 },
            },
          },
        },
      },
      uiSchema: {},
      groups: [
        { title: 'Người đi đăng ký', fields: ['requester'] },
        { title: 'Người được khai sinh', fields: ['child'] },
      ],
      prefill: { 'requester.fullName': 'identity.fullName', 'requester.personalId': 'identity.personalId' },
    },
    fees: [{ code: 'le-phi', name: 'Lệ phí đăng ký khai sinh', amount: 0, note: 'Miễn khi đúng hạn' }],
    timeLimitDays: 0,
    steps: [
      { code: 'tiep-nhan', name: 'Tiếp nhận', role: 'one_stop_officer', days: 0 },
      { code: 'phe-duyet', name: 'Phê duyệt', role: 'leader', days: 0 },
    ],
    legalBasis: ['Luật Hộ tịch số 60/2014/QH13'],
    result: {
      name: 'Giấy khai sinh',
      walletKind: 'giay-khai-sinh',
      fields: [
        { label: 'Họ, chữ đệm và tên', path: 'child.fullName' },
        { label: 'Ngày sinh', path: 'child.birthDate' },
      ],
    },
    ...overrides,
  };
}

/** A city-level procedure decided by Sở Tư pháp. */
export function cityDefinitionFixture(overrides: Partial<ProcedureDefinition> = {}): ProcedureDefinition {
  return definitionFixture({
    code: '2.000488.000.00.00.H26',
    name: 'Cấp Phiếu lý lịch tư pháp',
    field: 'Lý lịch tư pháp',
    level: 'city',
    routing: { kind: 'unit', unitName: 'Sở Tư pháp', agencyCode: 'STP' },
    onlineLevel: 'partial',
    fees: [{ code: 'phi', name: 'Phí cung cấp thông tin lý lịch tư pháp', amount: 200_000 }],
    timeLimitDays: 10,
    steps: [
      { code: 'tiep-nhan', name: 'Tiếp nhận', role: 'one_stop_officer', days: 0.5 },
      { code: 'tra-cuu', name: 'Tra cứu', role: 'specialist', days: 8 },
      { code: 'phe-duyet', name: 'Phê duyệt', role: 'leader', days: 1 },
    ],
    result: { name: 'Phiếu lý lịch tư pháp', walletKind: 'phieu-ly-lich-tu-phap', fields: [] },
    ...overrides,
  });
}

export function publishInput(
  validFrom: string,
  overrides: Partial<ProcedureDefinition> = {},
): PublishProcedureInput {
  return { validFrom, definition: definitionFixture(overrides) };
}
