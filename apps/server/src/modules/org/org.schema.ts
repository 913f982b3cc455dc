import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** PostgreSQL `ltree` (extension installed by migration 0000): labels are unit ids without dashes. */
const ltree = customType<{ data: string }>({
  dataType: () => 'ltree',
});

/** A unit's identity only: everything else is effective-dated in `org_unit_versions`. */
export const orgUnits = pgTable('org_units', {
  id: uuid('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One change of the structure (a resolution, a decision), with its legal basis. */
export const orgRestructures = pgTable(
  'org_restructures',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ['create', 'rename', 'move', 'merge', 'split', 'dissolve'] }).notNull(),
    effectiveDate: date('effective_date').notNull(),
    legalBasis: text('legal_basis'),
    note: text('note'),
    /** The main unit: created, renamed, moved, dissolved, split, or receiving a merge. */
    unitId: uuid('unit_id').references(() => orgUnits.id),
    createdBy: text('created_by').notNull(),
    /** Order of recording: changes on the same date apply in this order (lineage is followed by it). */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('org_restructures_effective_idx').on(table.effectiveDate, table.seq),
    index('org_restructures_unit_idx').on(table.unitId),
    check(
      'org_restructures_kind_check',
      sql`${table.kind} in ('create', 'rename', 'move', 'merge', 'split', 'dissolve')`,
    ),
  ],
);

/**
 * What a unit was over an interval [valid_from, valid_to): name, code, type, level, block, parent
 * and its ltree path from the root. A unit's versions never overlap (checked by the service).
 */
export const orgUnitVersions = pgTable(
  'org_unit_versions',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    name: text('name').notNull(),
    shortName: text('short_name'),
    code: text('code'),
    unitType: text('unit_type').notNull(),
    level: text('level', { enum: ['city', 'district', 'commune'] }),
    block: text('block', { enum: ['party', 'government', 'front', 'mass_org'] }).notNull(),
    parentId: uuid('parent_id').references(() => orgUnits.id),
    path: ltree('path').notNull(),
    /** toSearchKey(name): lower case, accents folded, for accent-insensitive search. */
    searchKey: text('search_key').notNull(),
    /** The restructure that opened this version. */
    restructureId: uuid('restructure_id').references(() => orgRestructures.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('org_unit_versions_unit_from_key').on(table.unitId, table.validFrom),
    index('org_unit_versions_parent_idx').on(table.parentId, table.validFrom),
    index('org_unit_versions_path_gist').using('gist', table.path),
    index('org_unit_versions_search_trgm').using('gin', table.searchKey.op('gin_trgm_ops')),
    index('org_unit_versions_code_idx').on(table.code),
    index('org_unit_versions_level_idx').on(table.level, table.validFrom),
    index('org_unit_versions_restructure_idx').on(table.restructureId),
    check(
      'org_unit_versions_interval_check',
      sql`${table.validTo} is null or ${table.validTo} > ${table.validFrom}`,
    ),
    check(
      'org_unit_versions_level_check',
      sql`${table.level} is null or ${table.level} in ('city', 'district', 'commune')`,
    ),
    check(
      'org_unit_versions_block_check',
      sql`${table.block} in ('party', 'government', 'front', 'mass_org')`,
    ),
  ],
);

/** Old unit → new unit of a merge, split or dissolution, so that figures can be re-mapped. */
export const orgLineage = pgTable(
  'org_lineage',
  {
    id: uuid('id').primaryKey(),
    restructureId: uuid('restructure_id')
      .notNull()
      .references(() => orgRestructures.id),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    share: text('share', { enum: ['full', 'partial'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('org_lineage_edge_key').on(table.restructureId, table.fromUnitId, table.toUnitId),
    index('org_lineage_from_idx').on(table.fromUnitId),
    index('org_lineage_to_idx').on(table.toUnitId),
    check('org_lineage_share_check', sql`${table.share} in ('full', 'partial')`),
  ],
);
