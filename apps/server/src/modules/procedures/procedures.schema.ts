import type { ProcedureDefinition } from '@lienthong/contracts';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** A procedure's identity and the searchable facts of its newest version (kept in step by the service). */
export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    level: text('level', { enum: ['commune', 'city'] }).notNull(),
    onlineLevel: text('online_level', { enum: ['full', 'partial'] }).notNull(),
    /** toSearchKey(code + name + field): accent-insensitive search. */
    searchKey: text('search_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('procedures_code_key').on(table.code),
    index('procedures_field_idx').on(table.field),
    index('procedures_search_idx').using('gin', sql`${table.searchKey} gin_trgm_ops`),
  ],
);

/** The rules of a procedure over [valid_from, valid_to); a dossier keeps the version it was received under. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey(),
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => procedures.id),
    version: integer('version').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    definition: jsonb('definition').$type<ProcedureDefinition>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('procedure_versions_version_key').on(table.procedureId, table.version),
    index('procedure_versions_valid_idx').on(table.procedureId, table.validFrom),
  ],
);
