import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Who asks for the result: a person (and, for a business, the business), as filed. */
export type ApplicantRecord = {
  kind: 'citizen' | 'business';
  fullName: string;
  personalId: string;
  birthDate?: string;
  address?: string;
  phone?: string;
  email?: string;
  businessName?: string;
  taxCode?: string;
};

/**
 * A dossier (hồ sơ) and the projection of its history that queues and statistics read. The
 * history (`dossier_events`) is the source of truth: every column here is set by the service in
 * the same transaction as the event that changes it.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey(),
    /** `<agency>-<yymmdd>-<sequence>`, issued on receipt (form 01). */
    code: text('code'),
    procedureId: uuid('procedure_id').notNull(),
    procedureVersionId: uuid('procedure_version_id').notNull(),
    state: text('state').notNull(),
    channel: text('channel', { enum: ['online', 'desk'] }).notNull(),
    /** The procedure version's online service level (Decree 42/2022): full-process or partial. */
    onlineLevel: text('online_level', { enum: ['full', 'partial'] }).notNull(),
    /** The applicant's personal identification number: their dossiers and wallet are found by it. */
    applicantPersonalId: text('applicant_personal_id').notNull(),
    applicant: jsonb('applicant').$type<ApplicantRecord>().notNull(),
    /** The actor who filed it (the citizen, or the one-stop officer at the desk). */
    filedBy: text('filed_by').notNull(),
    filedAtUnitId: uuid('filed_at_unit_id'),
    /** The unit that decides (null only in a draft whose commune is not chosen yet). */
    competentUnitId: uuid('competent_unit_id'),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull().default({}),
    /** Form field → where its value was prefilled from (once-only), as shown to the applicant. */
    prefillSources: jsonb('prefill_sources').$type<Record<string, string>>().notNull().default({}),
    idempotencyKey: text('idempotency_key'),
    /** Short secret printed on the receipt: with the code, it opens public tracking. */
    trackingSecret: text('tracking_secret'),
    currentStep: smallint('current_step'),
    /** The role of the current step (queues: to process, to approve). */
    stepRole: text('step_role'),
    assigneeId: text('assignee_id'),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** The statutory due time, moved forward by the working time the clock was paused. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The new date promised in an apology (form 04), if any. */
    promisedAt: timestamp('promised_at', { withTimezone: true }),
    pausedSince: timestamp('paused_since', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    resultReadyAt: timestamp('result_ready_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    deliveryMethod: text('delivery_method', { enum: ['online', 'desk', 'post'] }),
    /** Set when the processing ends (result ready, refused after receipt, stopped): on time or late. */
    onTime: boolean('on_time'),
    /** Every part of the dossier is held electronically (Circular 01/2023/TT-VPCP). */
    digitised: boolean('digitised').notNull().default(false),
    feeTotal: bigint('fee_total', { mode: 'number' }).notNull().default(0),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidOnline: boolean('paid_online').notNull().default(false),
    resultFileId: uuid('result_file_id'),
    resultSignatureCode: text('result_signature_code'),
    rating: smallint('rating'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    draftExpiresAt: timestamp('draft_expires_at', { withTimezone: true }),
    /** Optimistic concurrency: incremented by every change. */
    revision: integer('revision').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('dossiers_code_key').on(table.code),
    uniqueIndex('dossiers_idempotency_key').on(table.filedBy, table.idempotencyKey),
    index('dossiers_unit_state_idx').on(table.competentUnitId, table.state),
    // The queues' scope is "decided by, or filed at, a unit in scope": both sides need an index.
    index('dossiers_filed_at_unit_idx').on(table.filedAtUnitId, table.state),
    index('dossiers_unit_received_idx').on(table.competentUnitId, table.receivedAt),
    index('dossiers_state_due_idx').on(table.state, table.dueAt),
    index('dossiers_assignee_idx').on(table.assigneeId, table.state),
    index('dossiers_applicant_idx').on(table.applicantPersonalId, table.createdAt),
    index('dossiers_filed_by_idx').on(table.filedBy, table.createdAt),
  ],
);

/** One action on a dossier, kept forever: forms 06 (control slip) and 07 (register) are built from them. */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorUnitId: uuid('actor_unit_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [uniqueIndex('dossier_events_seq_key').on(table.dossierId, table.seq)],
);

/** A part of the dossier (thành phần hồ sơ): an uploaded file or an item picked from the wallet. */
export const dossierParts = pgTable(
  'dossier_parts',
  {
    id: uuid('id').primaryKey(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    partCode: text('part_code').notNull(),
    fileId: uuid('file_id').notNull(),
    source: text('source', { enum: ['upload', 'wallet', 'desk_scan'] }).notNull(),
    walletItemId: uuid('wallet_item_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('dossier_parts_dossier_idx').on(table.dossierId)],
);

/** Sequences of dossier codes per agency and day: allocated in the receiving transaction (no gaps). */
export const dossierCodeCounters = pgTable(
  'dossier_code_counters',
  {
    agencyCode: text('agency_code').notNull(),
    day: date('day').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (table) => [primaryKey({ columns: [table.agencyCode, table.day] })],
);
