import { z } from 'zod';
import {
  DELIVERY_METHOD_LIST,
  DOSSIER_ACTION_LIST,
  DOSSIER_FORM_LIST,
  DOSSIER_STATE_LIST,
} from './dossier-states.ts';
import { StoredFileView } from './files.ts';

/** Dossiers (hồ sơ TTHC): filing, processing, tracking, queues and statistics. */

const isoTime = z.iso.datetime({ offset: true });
const localDate = z.iso.date();
const reason = z.string().trim().min(1, 'Cần nêu lý do').max(2000);

export const DossierState = z.enum(DOSSIER_STATE_LIST);
export type DossierState = z.infer<typeof DossierState>;
export const DossierAction = z.enum(DOSSIER_ACTION_LIST);
export type DossierAction = z.infer<typeof DossierAction>;
export const DeliveryMethod = z.enum(DELIVERY_METHOD_LIST);
export type DeliveryMethod = z.infer<typeof DeliveryMethod>;
export const DossierFormCode = z.enum(DOSSIER_FORM_LIST);
export type DossierFormCode = z.infer<typeof DossierFormCode>;

export const ApplicantInput = z.object({
  kind: z.enum(['citizen', 'business']).default('citizen'),
  fullName: z.string().trim().min(1).max(200),
  personalId: z.string().regex(/^\d{12}$/, 'Số định danh cá nhân gồm 12 chữ số'),
  birthDate: localDate.optional(),
  address: z.string().trim().max(500).optional(),
  phone: z.string().trim().max(20).optional(),
  email: z.email().max(200).optional(),
  businessName: z.string().trim().max(300).optional(),
  taxCode: z.string().trim().max(14).optional(),
});
export type ApplicantInput = z.infer<typeof ApplicantInput>;

/** A part of the dossier: an uploaded file (POST /api/v1/files) or an item of the data wallet. */
export const DossierPartInput = z
  .object({
    partCode: z.string().regex(/^[a-z0-9-]{1,40}$/),
    fileId: z.uuid().optional(),
    walletItemId: z.uuid().optional(),
  })
  .refine((p) => (p.fileId === undefined) !== (p.walletItemId === undefined), {
    message: 'Mỗi thành phần hồ sơ là một tệp tải lên hoặc một giấy tờ trong kho dữ liệu',
    path: ['fileId'],
  });
export type DossierPartInput = z.infer<typeof DossierPartInput>;

/** Create a draft, or file directly (`submit: true`, with an `Idempotency-Key` header). */
export const CreateDossierInput = z.object({
  procedureId: z.uuid(),
  /** For commune procedures: the commune asked to decide (any commune: filed anywhere, routed by rule). */
  competentUnitId: z.uuid().optional(),
  formData: z.record(z.string(), z.unknown()).default({}),
  parts: z.array(DossierPartInput).max(40).default([]),
  /** Desk filing only: the citizen on whose behalf the one-stop officer files. */
  applicant: ApplicantInput.optional(),
  submit: z.boolean().default(false),
});
export type CreateDossierInput = z.infer<typeof CreateDossierInput>;

export const UpdateDraftInput = z.object({
  competentUnitId: z.uuid().optional(),
  formData: z.record(z.string(), z.unknown()).optional(),
  parts: z.array(DossierPartInput).max(40).optional(),
  revision: z.number().int().min(0),
});
export type UpdateDraftInput = z.infer<typeof UpdateDraftInput>;

/** Bodies of the actions (POST /api/v1/dossiers/:id/<action>); `revision` guards against lost updates. */
export const DossierActionBodies = {
  submit: z.object({ revision: z.number().int().min(0) }),
  request_completion: z.object({ revision: z.number().int().min(0), reason }),
  refuse: z.object({ revision: z.number().int().min(0), reason }),
  receive: z.object({ revision: z.number().int().min(0), note: z.string().trim().max(2000).optional() }),
  assign: z.object({
    revision: z.number().int().min(0),
    /** The official who takes the next step (in the competent unit). */
    assigneeId: z.uuid(),
    note: z.string().trim().max(2000).optional(),
  }),
  consult: z.object({ revision: z.number().int().min(0), unitId: z.uuid(), question: reason }),
  consult_reply: z.object({ revision: z.number().int().min(0), unitId: z.uuid(), answer: reason }),
  request_supplement: z.object({
    revision: z.number().int().min(0),
    reason,
    /** Parts the applicant must add or replace. */
    partCodes: z.array(z.string().max(40)).max(40).default([]),
  }),
  supplement: z.object({
    revision: z.number().int().min(0),
    formData: z.record(z.string(), z.unknown()).optional(),
    parts: z.array(DossierPartInput).max(40).default([]),
    note: z.string().trim().max(2000).optional(),
  }),
  apologize: z.object({ revision: z.number().int().min(0), reason, newDate: localDate }),
  approve: z.object({ revision: z.number().int().min(0), note: z.string().trim().max(2000).optional() }),
  deny: z.object({ revision: z.number().int().min(0), reason }),
  stop: z.object({ revision: z.number().int().min(0), reason }),
  sign: z.object({ revision: z.number().int().min(0), title: z.string().trim().max(120).optional() }),
  issue: z.object({ revision: z.number().int().min(0) }),
  deliver: z.object({ revision: z.number().int().min(0), method: DeliveryMethod }),
  archive: z.object({ revision: z.number().int().min(0) }),
} as const;

export const DossierIdParams = z.object({ id: z.uuid() });
export const DossierFormParams = z.object({ id: z.uuid(), form: DossierFormCode });

export const DossierEventView = z.object({
  seq: z.number().int(),
  action: z.string(),
  actionLabel: z.string(),
  fromState: DossierState.nullable(),
  toState: DossierState,
  actorName: z.string(),
  unitName: z.string().nullable(),
  at: isoTime,
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type DossierEventView = z.infer<typeof DossierEventView>;

export const DossierPartView = z.object({
  partCode: z.string(),
  name: z.string(),
  source: z.enum(['upload', 'wallet', 'desk_scan']),
  /** The wallet item the part came from (re-sent as is when a draft is saved again). */
  walletItemId: z.uuid().nullable(),
  file: StoredFileView,
});
export type DossierPartView = z.infer<typeof DossierPartView>;

export const DossierSummary = z
  .object({
    id: z.uuid(),
    code: z.string().nullable(),
    state: DossierState,
    stateLabel: z.string(),
    procedure: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
    applicantName: z.string(),
    competentUnit: z.object({ id: z.uuid(), name: z.string() }),
    channel: z.enum(['online', 'desk']),
    submittedAt: isoTime.nullable(),
    receivedAt: isoTime.nullable(),
    dueAt: isoTime.nullable(),
    /** Processing is over (or not) and the due time has passed / will pass: late. */
    late: z.boolean(),
    /** Due within the warning window (1 working day for the dossier, half a day for a step). */
    dueSoon: z.boolean(),
    assigneeName: z.string().nullable(),
    revision: z.number().int(),
  })
  .meta({ id: 'DossierSummary' });
export type DossierSummary = z.infer<typeof DossierSummary>;

export const DossierView = DossierSummary.extend({
  procedureVersion: z.number().int(),
  procedureVersionId: z.uuid(),
  applicant: ApplicantInput,
  formData: z.record(z.string(), z.unknown()),
  prefillSources: z.record(z.string(), z.string()),
  parts: z.array(DossierPartView),
  currentStep: z
    .object({
      index: z.number().int(),
      code: z.string(),
      name: z.string(),
      role: z.string(),
      dueAt: isoTime.nullable(),
    })
    .nullable(),
  promisedAt: isoTime.nullable(),
  paused: z.boolean(),
  feeTotal: z.number().int(),
  paidAt: isoTime.nullable(),
  result: z
    .object({
      fileId: z.uuid(),
      fileName: z.string(),
      signatureCode: z.string().nullable(),
      verifyUrl: z.string().nullable(),
    })
    .nullable(),
  deliveryMethod: DeliveryMethod.nullable(),
  rating: z.number().int().nullable(),
  /** Shown to the applicant and to officials who may print the receipt. */
  trackingSecret: z.string().nullable(),
  draftExpiresAt: isoTime.nullable(),
  /** What the current actor may do now (the buttons to show). */
  allowedActions: z.array(DossierAction),
  history: z.array(DossierEventView),
}).meta({ id: 'DossierView' });
export type DossierView = z.infer<typeof DossierView>;

export const DOSSIER_QUEUES = {
  to_receive: 'Chờ tiếp nhận',
  to_process: 'Đang xử lý',
  mine: 'Được giao cho tôi',
  to_approve: 'Chờ phê duyệt',
  to_sign: 'Chờ ký',
  to_issue: 'Chờ đóng dấu, phát hành',
  to_deliver: 'Chờ trả kết quả',
  supplement: 'Chờ bổ sung',
  due_soon: 'Sắp đến hạn',
  late: 'Quá hạn',
  all: 'Tất cả',
} as const;
export type DossierQueue = keyof typeof DOSSIER_QUEUES;

export const DossierListQuery = z.object({
  queue: z.enum(Object.keys(DOSSIER_QUEUES) as [DossierQueue, ...DossierQueue[]]).default('all'),
  unitId: z.uuid().optional(),
  procedureId: z.uuid().optional(),
  state: DossierState.optional(),
  /** Dossier code or applicant name. */
  q: z.string().trim().max(200).optional(),
  receivedFrom: localDate.optional(),
  receivedTo: localDate.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DossierListQuery = z.infer<typeof DossierListQuery>;

export const DossierList = z
  .object({
    items: z.array(DossierSummary),
    total: z.number().int(),
    /** Count per queue for the same filters (the tabs' badges). */
    counts: z.record(z.string(), z.number().int()),
  })
  .meta({ id: 'DossierList' });
export type DossierList = z.infer<typeof DossierList>;

/** Apply one action to several dossiers (e.g. receive or deliver many at the desk). */
export const BulkActionInput = z.object({
  action: z.enum(['receive', 'assign', 'issue', 'deliver', 'archive']),
  ids: z.array(z.uuid()).min(1).max(100),
  assigneeId: z.uuid().optional(),
  method: DeliveryMethod.optional(),
});
export type BulkActionInput = z.infer<typeof BulkActionInput>;

export const BulkActionResult = z.object({
  results: z.array(
    z.object({ id: z.uuid(), ok: z.boolean(), code: z.string().optional(), message: z.string().optional() }),
  ),
});
export type BulkActionResult = z.infer<typeof BulkActionResult>;

/** Public tracking: the code and the short secret printed on the receipt. */
export const TrackingQuery = z.object({
  code: z.string().trim().min(5).max(60),
  secret: z.string().trim().min(4).max(20),
});
export const TrackingView = z
  .object({
    code: z.string(),
    procedureName: z.string(),
    state: DossierState,
    stateLabel: z.string(),
    competentUnitName: z.string(),
    receivedAt: isoTime.nullable(),
    dueAt: isoTime.nullable(),
    promisedAt: isoTime.nullable(),
    late: z.boolean(),
    steps: z.array(z.object({ label: z.string(), at: isoTime })),
  })
  .meta({ id: 'TrackingView' });
export type TrackingView = z.infer<typeof TrackingView>;

/** Prefilled values for a procedure's form (once-only), with where each came from. */
export const PrefillView = z.object({
  values: z.record(z.string(), z.unknown()),
  sources: z.record(z.string(), z.object({ source: z.string(), label: z.string() })),
  /** Wallet items that can stand for each part, by part code. */
  walletParts: z.record(
    z.string(),
    z.array(z.object({ id: z.uuid(), title: z.string(), source: z.string(), issuedAt: isoTime })),
  ),
  suggestedUnitId: z.uuid().nullable(),
});
export type PrefillView = z.infer<typeof PrefillView>;

export const PrefillQuery = z.object({
  /** Desk filing: the citizen's personal identification number (needs citizen.lookup). */
  personalId: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
});

export const RateDossierInput = z.object({
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(1000).optional(),
});

export const DossierStatsQuery = z.object({
  unitId: z.uuid().optional(),
  from: localDate,
  to: localDate,
  /** Break down per direct sub-unit of `unitId` (or per unit in scope). */
  groupBy: z.enum(['unit', 'procedure', 'month']).optional(),
});
export type DossierStatsQuery = z.infer<typeof DossierStatsQuery>;

export const DossierStatsRow = z.object({
  key: z.string(),
  label: z.string(),
  received: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  pending: z.number().int(),
  pendingLate: z.number().int(),
  online: z.number().int(),
  fullProcess: z.number().int(),
  digitised: z.number().int(),
  paidOnline: z.number().int(),
  withFees: z.number().int(),
  rated: z.number().int(),
  ratingSum: z.number().int(),
  satisfied: z.number().int(),
});
export type DossierStatsRow = z.infer<typeof DossierStatsRow>;

/** QĐ 766/QĐ-TTg: the service score (100 points) with its five groups. */
export const ServiceScore = z.object({
  total: z.number(),
  transparency: z.number(),
  progress: z.number(),
  digitisation: z.number(),
  online: z.number(),
  satisfaction: z.number(),
});
export type ServiceScore = z.infer<typeof ServiceScore>;

export const DossierStats = z
  .object({
    from: localDate,
    to: localDate,
    totals: DossierStatsRow,
    rows: z.array(DossierStatsRow),
    score: ServiceScore,
  })
  .meta({ id: 'DossierStats' });
export type DossierStats = z.infer<typeof DossierStats>;

export const WalletItemView = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    source: z.string(),
    issuedAt: isoTime,
    validTo: localDate.nullable(),
    file: StoredFileView.nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WalletItemView' });
export type WalletItemView = z.infer<typeof WalletItemView>;

export const PaymentView = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    amount: z.number().int(),
    status: z.enum(['pending', 'paid', 'failed', 'cancelled']),
    provider: z.string(),
    qrPayload: z.string().nullable(),
    /** Where the payer goes to pay (the provider's page; the simulator's in development). */
    payUrl: z.string().nullable(),
    receiptNo: z.string().nullable(),
    createdAt: isoTime,
    paidAt: isoTime.nullable(),
  })
  .meta({ id: 'PaymentView' });
export type PaymentView = z.infer<typeof PaymentView>;

export const NotificationView = z
  .object({
    id: z.uuid(),
    subject: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: isoTime,
    read: z.boolean(),
  })
  .meta({ id: 'NotificationView' });
export type NotificationView = z.infer<typeof NotificationView>;
