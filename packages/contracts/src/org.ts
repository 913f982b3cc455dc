import { z } from 'zod';
import { enumOf } from './enum-of.ts';

/**
 * Organisation structure: units of the political system (Party, government, Fatherland Front,
 * socio-political organisations) and the administrative units they serve, effective-dated.
 */

/** Levels of the administrative hierarchy; `district` ends on 2025-07-01 (two-level local government). */
export const ORG_LEVELS = {
  city: 'Cấp tỉnh, thành phố trực thuộc trung ương',
  district: 'Cấp huyện (quận, huyện, thị xã)',
  commune: 'Cấp xã (phường, xã, thị trấn)',
} as const;
export type OrgLevel = keyof typeof ORG_LEVELS;
export const OrgLevel = enumOf(ORG_LEVELS);

/** The four blocks of the political system. */
export const ORG_BLOCKS = {
  party: 'Khối Đảng',
  government: 'Khối chính quyền',
  front: 'Mặt trận Tổ quốc Việt Nam',
  mass_org: 'Các tổ chức chính trị – xã hội (đoàn thể)',
} as const;
export type OrgBlock = keyof typeof ORG_BLOCKS;
export const OrgBlock = enumOf(ORG_BLOCKS);

/**
 * Unit types, a closed list. The first group are administrative units (they carry a level);
 * the others are bodies (cơ quan, tổ chức), which carry no level and sit under a unit.
 */
export const ORG_UNIT_TYPES = {
  municipality: 'Thành phố trực thuộc trung ương',
  province: 'Tỉnh',
  urban_district: 'Quận',
  rural_district: 'Huyện',
  district_town: 'Thị xã',
  provincial_city: 'Thành phố thuộc tỉnh',
  ward: 'Phường',
  rural_commune: 'Xã',
  township: 'Thị trấn',
  special_zone: 'Đặc khu',
  city_peoples_committee: 'Ủy ban nhân dân thành phố',
  city_peoples_council: 'Hội đồng nhân dân thành phố',
  department: 'Sở, ban, ngành',
  district_peoples_committee: 'Ủy ban nhân dân cấp huyện',
  commune_peoples_committee: 'Ủy ban nhân dân cấp xã',
  party_committee: 'Cấp ủy Đảng (Thành ủy, Đảng ủy)',
  front_committee: 'Ủy ban Mặt trận Tổ quốc',
  mass_organisation:
    'Tổ chức chính trị – xã hội (Đoàn Thanh niên, Hội LHPN, Hội Nông dân, Hội CCB, Công đoàn)',
  public_service_centre: 'Trung tâm Phục vụ hành chính công',
  office: 'Văn phòng',
  other: 'Khác',
} as const;
export type OrgUnitType = keyof typeof ORG_UNIT_TYPES;
export const OrgUnitType = enumOf(ORG_UNIT_TYPES);

/** The level each administrative unit type belongs to; every other type is a body (no level). */
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

export const ORG_RESTRUCTURE_KINDS = {
  create: 'Thành lập',
  rename: 'Đổi tên',
  move: 'Chuyển trực thuộc',
  merge: 'Sáp nhập',
  split: 'Chia tách',
  dissolve: 'Giải thể',
} as const;
export type OrgRestructureKind = keyof typeof ORG_RESTRUCTURE_KINDS;
export const OrgRestructureKind = z.enum(
  Object.keys(ORG_RESTRUCTURE_KINDS) as [OrgRestructureKind, ...OrgRestructureKind[]],
);

/** How much of the old unit went to the new one: all of it, or a part. */
export const LineageShare = z.enum(['full', 'partial']);
export type LineageShare = z.infer<typeof LineageShare>;

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export const OrgDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải theo định dạng YYYY-MM-DD')
  .refine(isRealDate, 'Ngày không tồn tại');

const UnitName = z.string().trim().min(1, 'Cần nhập tên đơn vị').max(300);
const ShortName = z.string().trim().min(1).max(200);
const UnitCode = z
  .string()
  .trim()
  .regex(
    /^[0-9A-Za-z._-]{1,40}$/,
    'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự)',
  )
  .meta({ description: 'Mã GSO (tỉnh 2, huyện 3, xã 5 chữ số) hoặc mã nội bộ' });
const LegalBasis = z
  .string()
  .trim()
  .min(1, 'Cần ghi căn cứ pháp lý (số, ký hiệu văn bản)')
  .max(500)
  .meta({ description: 'Căn cứ pháp lý, ví dụ "Nghị quyết 1656/NQ-UBTVQH15"' });
const Note = z.string().trim().max(2000);
const Preview = z
  .boolean()
  .default(false)
  .meta({ description: 'true: chỉ kiểm tra và trả về kết quả dự kiến, không ghi gì' });

export const NewOrgUnitInput = z
  .object({
    name: UnitName,
    shortName: ShortName.nullable().optional(),
    code: UnitCode.nullable().optional(),
    unitType: OrgUnitType,
    level: OrgLevel.nullable()
      .default(null)
      .meta({ description: 'Cấp hành chính; null với cơ quan, tổ chức' }),
    block: OrgBlock,
    parentId: z.uuid().nullable().meta({ description: 'Đơn vị cấp trên; null với cấp tỉnh' }),
  })
  .meta({ id: 'NewOrgUnitInput' });
export type NewOrgUnitInput = z.infer<typeof NewOrgUnitInput>;

export const CreateOrgUnitInput = NewOrgUnitInput.extend({
  validFrom: OrgDate.optional().meta({ description: 'Ngày có hiệu lực; mặc định hôm nay' }),
  legalBasis: LegalBasis.optional(),
  note: Note.optional(),
}).meta({ id: 'CreateOrgUnitInput' });
export type CreateOrgUnitInput = z.infer<typeof CreateOrgUnitInput>;

/** An existing unit (`unitId`) or a unit to create (`newUnit`): exactly one. */
const UnitTarget = {
  unitId: z.uuid().optional(),
  newUnit: NewOrgUnitInput.optional(),
};
const exactlyOneTarget = (target: { unitId?: string | undefined; newUnit?: unknown }) =>
  (target.unitId === undefined) !== (target.newUnit === undefined);
const TARGET_MESSAGE = 'Cần đúng một trong hai: unitId (đơn vị đã có) hoặc newUnit (đơn vị mới)';

const restructureBase = {
  effectiveDate: OrgDate.meta({ description: 'Ngày có hiệu lực của việc sắp xếp' }),
  note: Note.optional(),
  preview: Preview,
};

export const RestructureInput = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('create'),
      ...restructureBase,
      legalBasis: LegalBasis.optional(),
      unit: NewOrgUnitInput,
    }),
    z.object({
      kind: z.literal('rename'),
      ...restructureBase,
      legalBasis: LegalBasis.optional(),
      unitId: z.uuid(),
      name: UnitName,
      shortName: ShortName.nullable().optional(),
      code: UnitCode.nullable().optional(),
    }),
    z.object({
      kind: z.literal('move'),
      ...restructureBase,
      legalBasis: LegalBasis.optional(),
      unitId: z.uuid(),
      parentId: z.uuid().meta({ description: 'Đơn vị cấp trên mới' }),
    }),
    z.object({
      kind: z.literal('merge'),
      ...restructureBase,
      legalBasis: LegalBasis,
      sourceIds: z.array(z.uuid()).min(1).max(200).meta({ description: 'Các đơn vị được sáp nhập' }),
      into: z
        .object(UnitTarget)
        .refine(exactlyOneTarget, { message: TARGET_MESSAGE, path: ['unitId'] })
        .meta({ description: 'Đơn vị nhận: đơn vị đã có hoặc đơn vị mới thành lập' }),
    }),
    z.object({
      kind: z.literal('split'),
      ...restructureBase,
      legalBasis: LegalBasis,
      sourceId: z.uuid(),
      targets: z
        .array(
          z
            .object({ ...UnitTarget, share: LineageShare.default('partial') })
            .refine(exactlyOneTarget, { message: TARGET_MESSAGE, path: ['unitId'] }),
        )
        .min(2, 'Chia tách cần ít nhất hai đơn vị nhận')
        .max(50),
    }),
    z.object({
      kind: z.literal('dissolve'),
      ...restructureBase,
      legalBasis: LegalBasis,
      unitId: z.uuid(),
      successors: z
        .array(z.object({ unitId: z.uuid(), share: LineageShare.default('partial') }))
        .max(200)
        .default([])
        .meta({ description: 'Đơn vị kế thừa (nếu có)' }),
    }),
  ])
  .meta({ id: 'RestructureInput' });
export type RestructureInput = z.infer<typeof RestructureInput>;
export type RestructureInputOf<K extends OrgRestructureKind> = Extract<RestructureInput, { kind: K }>;

export const OrgUnitView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    shortName: z.string().nullable(),
    code: z.string().nullable(),
    unitType: OrgUnitType,
    level: OrgLevel.nullable(),
    block: OrgBlock,
    parentId: z.uuid().nullable(),
    validFrom: OrgDate,
    validTo: OrgDate.nullable().meta({
      description: 'Ngày hết hiệu lực (không bao gồm); null = đang hiệu lực',
    }),
    childCount: z.number().int().meta({ description: 'Số đơn vị trực thuộc vào ngày đang xem' }),
  })
  .meta({ id: 'OrgUnitView' });
export type OrgUnitView = z.infer<typeof OrgUnitView>;

export const OrgUnitRef = z.object({
  id: z.uuid(),
  name: z.string(),
  unitType: OrgUnitType,
  level: OrgLevel.nullable(),
});
export type OrgUnitRef = z.infer<typeof OrgUnitRef>;

export const OrgUnitDetail = OrgUnitView.extend({
  asOf: OrgDate,
  ancestors: z.array(OrgUnitRef).meta({ description: 'Các đơn vị cấp trên, từ cấp cao nhất' }),
}).meta({ id: 'OrgUnitDetail' });
export type OrgUnitDetail = z.infer<typeof OrgUnitDetail>;

const Limit = z.coerce.number().int().min(1).max(200).default(50);
const Offset = z.coerce.number().int().min(0).max(100_000).default(0);
const AsOf = OrgDate.optional().meta({ description: 'Xem vào ngày; mặc định hôm nay (giờ Việt Nam)' });

export const OrgUnitIdParams = z.object({ id: z.uuid() });
export const OrgAsOfQuery = z.object({ asOf: AsOf });

export const OrgUnitListQuery = z.object({
  asOf: AsOf,
  parentId: z.uuid().optional().meta({ description: 'Các đơn vị trực thuộc đơn vị này' }),
  level: OrgLevel.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'Tìm theo tên (không phân biệt dấu, hoa thường) hoặc mã' }),
  limit: Limit,
  offset: Offset,
});
export type OrgUnitListQuery = z.infer<typeof OrgUnitListQuery>;

export const OrgUnitPage = z
  .object({
    asOf: OrgDate,
    items: z.array(OrgUnitView),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'OrgUnitPage' });
export type OrgUnitPage = z.infer<typeof OrgUnitPage>;

export const OrgLineageView = z.object({
  fromUnitId: z.uuid(),
  fromName: z.string().nullable().meta({ description: 'Tên đơn vị cũ vào ngày trước ngày hiệu lực' }),
  toUnitId: z.uuid(),
  toName: z.string().nullable().meta({ description: 'Tên đơn vị mới vào ngày hiệu lực' }),
  share: LineageShare,
});
export type OrgLineageView = z.infer<typeof OrgLineageView>;

export const OrgRestructureView = z
  .object({
    id: z.uuid(),
    kind: OrgRestructureKind,
    effectiveDate: OrgDate,
    legalBasis: z.string().nullable(),
    note: z.string().nullable(),
    unitId: z.uuid().nullable().meta({
      description:
        'Đơn vị chính: đơn vị được thành lập, đổi tên, chuyển, giải thể, chia tách hoặc nhận sáp nhập',
    }),
    createdBy: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    lineage: z.array(OrgLineageView),
  })
  .meta({ id: 'OrgRestructureView' });
export type OrgRestructureView = z.infer<typeof OrgRestructureView>;

export const OrgRestructureResult = OrgRestructureView.extend({
  preview: z.boolean().meta({ description: 'true: kết quả dự kiến, chưa ghi' }),
  units: z.array(OrgUnitView).meta({ description: 'Các đơn vị được tạo hoặc thay đổi, vào ngày hiệu lực' }),
}).meta({ id: 'OrgRestructureResult' });
export type OrgRestructureResult = z.infer<typeof OrgRestructureResult>;

export const OrgRestructureListQuery = z.object({
  from: OrgDate.optional(),
  to: OrgDate.optional(),
  kind: OrgRestructureKind.optional(),
  unitId: z.uuid().optional().meta({ description: 'Chỉ các lần sắp xếp liên quan đến đơn vị này' }),
  limit: Limit,
  offset: Offset,
});
export type OrgRestructureListQuery = z.infer<typeof OrgRestructureListQuery>;

export const OrgRestructurePage = z
  .object({
    items: z.array(OrgRestructureView),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'OrgRestructurePage' });
export type OrgRestructurePage = z.infer<typeof OrgRestructurePage>;

export const OrgUnitVersionView = z.object({
  validFrom: OrgDate,
  validTo: OrgDate.nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  unitType: OrgUnitType,
  level: OrgLevel.nullable(),
  block: OrgBlock,
  parentId: z.uuid().nullable(),
  restructureId: z.uuid().nullable().meta({ description: 'Lần sắp xếp mở ra giai đoạn này' }),
});
export type OrgUnitVersionView = z.infer<typeof OrgUnitVersionView>;

export const OrgUnitHistory = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
    versions: z.array(OrgUnitVersionView).meta({ description: 'Các giai đoạn, cũ nhất trước' }),
    restructures: z
      .array(OrgRestructureView)
      .meta({ description: 'Các lần sắp xếp liên quan, cũ nhất trước' }),
  })
  .meta({ id: 'OrgUnitHistory' });
export type OrgUnitHistory = z.infer<typeof OrgUnitHistory>;

export const OrgSubtreeCount = z
  .object({
    unitId: z.uuid(),
    asOf: OrgDate,
    total: z.number().int().meta({ description: 'Số đơn vị trực thuộc (mọi cấp), không kể chính đơn vị' }),
    byLevel: z.object({ city: z.number().int(), district: z.number().int(), commune: z.number().int() }),
    bodies: z.number().int().meta({ description: 'Số cơ quan, tổ chức (không có cấp hành chính)' }),
  })
  .meta({ id: 'OrgSubtreeCount' });
export type OrgSubtreeCount = z.infer<typeof OrgSubtreeCount>;
