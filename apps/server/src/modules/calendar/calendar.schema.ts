import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * Yearly decisions on days off and make-up days, append-only: each save is a new version of
 * the year, so every deadline can name the calendar version it was computed with.
 */
export const calendarDecisions = pgTable(
  'calendar_decisions',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    daysOff: jsonb('days_off').$type<string[]>().notNull(),
    workingDays: jsonb('working_days').$type<string[]>().notNull(),
    note: text('note').notNull(),
    source: text('source').notNull(),
    decidedBy: text('decided_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('calendar_decisions_year_version_key').on(table.year, table.version)],
);
