import { z } from 'zod';

/**
 * The catalogue of administrative procedures (thủ tục hành chính, TTHC). A procedure's rules live
 * in versions (`ProcedureDefinition`); every dossier keeps the version in force when it was received.
 */

const isoTime = z.iso.datetime({ offset: true });
const localDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const ONLINE_LEVELS = { full: 'Toàn trình', partial: 'Một phần' } as const;
export const OnlineLevel = z.enum(['full', 'partial']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

/** Who decides the dossier: the commune where the applicant asks (chosen on filing) or a fixed unit. */
export const ProcedureRouting = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('commune'),
    /** Where the commune comes from when the applicant files: chosen from the list of communes. */
    agencyName: text(200).default('Ủy ban nhân dân cấp xã'),
  }),
  z.object({
    kind: z.literal('unit'),
    /** The unit's name in the organisation structure, e.g. "Sở Tư pháp". */
    unitName: text(300),
    /** The agency code used in dossier codes when the unit has no statistical code, e.g. "STP". */
    agencyCode: z.string().regex(/^[A-Z0-9.]{2,20}$/, 'Mã cơ quan: chữ in hoa, chữ số, dấu chấm'),
  }),
]);
export type ProcedureRouting = z.infer<typeof ProcedureRouting>;

/** Roles that can hold a processing step (the one-stop officer receives; a leader approves). */
export const STEP_ROLES = ['one_stop_officer', 'specialist', 'leader', 'clerk'] as const;

export const ProcedureStep = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: text(200),
  role: z.enum(STEP_ROLES),
  /** Time budget of the step in working days (may be fractional: 0.5 = half a day). */
  days: z.number().min(0).max(365),
});
export type ProcedureStep = z.infer<typeof ProcedureStep>;

export const ProcedurePart = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: text(500),
  required: z.boolean(),
  /** "bản chính", "bản sao chứng thực", "bản chụp"… */
  form: z.string().trim().max(100).optional(),
  /** Wallet items of these kinds can be picked instead of uploading again (once-only). */
  walletKinds: z.array(z.string().max(60)).max(10).default([]),
});
export type ProcedurePart = z.infer<typeof ProcedurePart>;

export const ProcedureFee = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: text(300),
  /** Amount in đồng (VND, integer). 0 = free. */
  amount: z.number().int().min(0).max(1_000_000_000),
  note: z.string().trim().max(500).optional(),
});
export type ProcedureFee = z.infer<typeof ProcedureFee>;

/** Where a form field can be prefilled from (once-only): the applicant's identity record or wallet. */
export const PrefillSource = z.enum([
  'identity.fullName',
  'identity.personalId',
  'identity.birthDate',
  'identity.sex',
  'identity.nationality',
  'identity.placeOfOrigin',
  'identity.permanentAddress',
  'identity.currentAddress',
  'identity.phone',
  'identity.email',
  'registry.household',
  'registry.business',
]);
export type PrefillSource = z.infer<typeof PrefillSource>;

/** JSON-compatible object (JSON Schema, UI schema). */
const JsonObject = z.record(z.string(), z.unknown());

export const ProcedureForm = z.object({
  /** JSON Schema (draft 2020-12 subset understood by the form renderer and the server's validator). */
  schema: JsonObject,
  uiSchema: JsonObject.default({}),
  /** One question group per step of the filing wizard: top-level property names. */
  groups: z.array(z.object({ title: text(200), fields: z.array(z.string().max(100)).min(1) })).min(1),
  /** Form field (top-level property, or `property.sub`) → where its value can be prefilled from. */
  prefill: z.record(z.string(), PrefillSource).default({}),
});
export type ProcedureForm = z.infer<typeof ProcedureForm>;

export const ProcedureDefinition = z
  .object({
    code: z.string().regex(/^[0-9A-Za-z.-]{3,40}$/, 'Mã thủ tục gồm chữ, số, dấu chấm, gạch ngang'),
    name: text(500),
    /** Lĩnh vực, e.g. "Hộ tịch". */
    field: text(200),
    level: z.enum(['commune', 'city']),
    routing: ProcedureRouting,
    onlineLevel: OnlineLevel,
    parts: z.array(ProcedurePart).max(40),
    form: ProcedureForm,
    fees: z.array(ProcedureFee).max(20),
    /** Statutory time limit in working days from valid receipt; 0 = within the day of receipt. */
    timeLimitDays: z.number().min(0).max(365),
    steps: z.array(ProcedureStep).min(1).max(20),
    legalBasis: z.array(text(500)).min(1).max(30),
    result: z.object({
      /** Name of the result document, e.g. "Giấy khai sinh". */
      name: text(300),
      /** Kind in the applicant's data wallet, e.g. "giay-khai-sinh". */
      walletKind: z.string().regex(/^[a-z0-9-]{1,60}$/),
      /** Form fields printed on the result document, in order. */
      fields: z.array(z.object({ label: text(200), path: z.string().max(200) })).max(40),
    }),
    description: z.string().trim().max(5000).optional(),
  })
  .meta({ id: 'ProcedureDefinition' });
export type ProcedureDefinition = z.infer<typeof ProcedureDefinition>;

export const ProcedureSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    field: z.string(),
    level: z.enum(['commune', 'city']),
    onlineLevel: OnlineLevel,
    agencyName: z.string(),
    timeLimitDays: z.number(),
    /** Total of the fees in đồng. */
    feeTotal: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ProcedureSummary' });
export type ProcedureSummary = z.infer<typeof ProcedureSummary>;

export const ProcedureList = z
  .object({ items: z.array(ProcedureSummary), total: z.number().int(), fields: z.array(z.string()) })
  .meta({ id: 'ProcedureList' });
export type ProcedureList = z.infer<typeof ProcedureList>;

export const ProcedureView = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    versionId: z.uuid(),
    validFrom: localDate,
    validTo: localDate.nullable(),
    definition: ProcedureDefinition,
    createdAt: isoTime,
  })
  .meta({ id: 'ProcedureView' });
export type ProcedureView = z.infer<typeof ProcedureView>;

export const ProcedureVersionSummary = z.object({
  versionId: z.uuid(),
  version: z.number().int(),
  validFrom: localDate,
  validTo: localDate.nullable(),
  createdBy: z.string(),
  createdAt: isoTime,
});
export type ProcedureVersionSummary = z.infer<typeof ProcedureVersionSummary>;

export const ProcedureListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  field: z.string().trim().max(200).optional(),
  level: z.enum(['commune', 'city']).optional(),
  onlineLevel: OnlineLevel.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProcedureListQuery = z.infer<typeof ProcedureListQuery>;

export const ProcedureIdParams = z.object({ id: z.uuid() });

/** A new version of a procedure (or a new procedure), in force from `validFrom`. */
export const PublishProcedureInput = z.object({
  validFrom: localDate,
  definition: ProcedureDefinition,
});
export type PublishProcedureInput = z.infer<typeof PublishProcedureInput>;

/** The catalogue as exchanged (JSON import/export). */
export const ProcedureCatalogue = z
  .object({
    format: z.literal('lienthong.procedures/v1'),
    exportedAt: isoTime.optional(),
    procedures: z.array(PublishProcedureInput).max(5000),
  })
  .meta({ id: 'ProcedureCatalogue' });
export type ProcedureCatalogue = z.infer<typeof ProcedureCatalogue>;

export const ImportSummary = z
  .object({
    dryRun: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), code: z.string().optional(), message: z.string() })),
  })
  .meta({ id: 'ProcedureImportSummary' });
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ProcedureVersionIdParams = z.object({ versionId: z.uuid() });

export const ProcedureVersionList = z
  .object({ items: z.array(ProcedureVersionSummary) })
  .meta({ id: 'ProcedureVersionList' });
export type ProcedureVersionList = z.infer<typeof ProcedureVersionList>;

export const ProcedureExportQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });
export type ProcedureExportQuery = z.infer<typeof ProcedureExportQuery>;

export const ProcedureImportQuery = z.object({
  /** true: check and count only, nothing is written. */
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  /** all: nothing is written when any row fails; valid: the valid rows are written, the others reported. */
  mode: z.enum(['all', 'valid']).default('all'),
});
export type ProcedureImportQuery = z.infer<typeof ProcedureImportQuery>;
