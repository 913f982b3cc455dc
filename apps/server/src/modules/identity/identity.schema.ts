import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Staff users (cán bộ, công chức, viên chức) who sign in with a username and password. */
export const officials = pgTable(
  'officials',
  {
    id: uuid('id').primaryKey(),
    /** Lower-cased, NFC; unique. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    /** The unit the official works in (an org unit id; no foreign key across modules). */
    orgUnitId: uuid('org_unit_id'),
    /** argon2id in PHC string format (node:crypto argon2). */
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    /** Base32 TOTP secret, encrypted with the server key (AES-256-GCM), or null when not enrolled. */
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    /** Last accepted TOTP time step, so a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('officials_username_key').on(table.username),
    index('officials_org_unit_idx').on(table.orgUnitId),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its sha256. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => officials.id),
    /** sha256 of the CSRF token bound to this session (double-submit, header X-CSRF-Token). */
    csrfHash: text('csrf_hash').notNull(),
    /** Second factor still to be given (password accepted, TOTP pending). */
    pendingSecondFactor: boolean('pending_second_factor').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [
    uniqueIndex('sessions_token_hash_key').on(table.tokenHash),
    index('sessions_official_idx').on(table.officialId),
  ],
);

/** Personal API tokens for scripts: `Authorization: Bearer lt_<token>`; only the sha256 is kept. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => officials.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_tokens_token_hash_key').on(table.tokenHash),
    index('api_tokens_official_idx').on(table.officialId),
  ],
);

/**
 * A role held in an org unit, with scope "this unit" or "this unit and below", effective-dated.
 * `org_unit_id` names a unit of the org module (no foreign key across modules).
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    officialId: uuid('official_id')
      .notNull()
      .references(() => officials.id),
    role: text('role').notNull(),
    orgUnitId: uuid('org_unit_id'),
    scope: text('scope', { enum: ['unit', 'subtree'] }).notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    grantedBy: text('granted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('role_grants_official_idx').on(table.officialId),
    index('role_grants_unit_idx').on(table.orgUnitId),
    index('role_grants_active_idx').on(table.officialId).where(sql`valid_to is null`),
  ],
);

/**
 * A citizen known through the national e-ID (VNeID): the identity record later modules prefill
 * forms from. Written from the e-ID's claims at each sign-in; `personal_id` is the 12-digit số
 * định danh cá nhân.
 */
export const citizens = pgTable(
  'citizens',
  {
    id: uuid('id').primaryKey(),
    personalId: text('personal_id').notNull(),
    fullName: text('full_name').notNull(),
    birthDate: date('birth_date').notNull(),
    sex: text('sex', { enum: ['male', 'female'] }).notNull(),
    nationality: text('nationality').notNull().default('Việt Nam'),
    /** Quê quán. */
    placeOfOrigin: text('place_of_origin'),
    /** Nơi thường trú. */
    permanentAddress: text('permanent_address'),
    /** Nơi ở hiện tại. */
    currentAddress: text('current_address'),
    phone: text('phone'),
    email: text('email'),
    /** The e-ID provider's issuer and subject (`iss`, `sub`): how a returning citizen is recognised. */
    eidIssuer: text('eid_issuer').notNull(),
    eidSubject: text('eid_subject').notNull(),
    /** Identification level the e-ID asserted (VNeID level 1 or 2). */
    eidLevel: integer('eid_level'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('citizens_personal_id_key').on(table.personalId),
    uniqueIndex('citizens_eid_key').on(table.eidIssuer, table.eidSubject),
    check('citizens_sex_check', sql`${table.sex} in ('male', 'female')`),
    check('citizens_personal_id_check', sql`${table.personalId} ~ '^[0-9]{12}$'`),
  ],
);

/** Citizens' server-side sessions: same cookie and CSRF scheme as officials' `sessions`. */
export const citizenSessions = pgTable(
  'citizen_sessions',
  {
    id: uuid('id').primaryKey(),
    tokenHash: text('token_hash').notNull(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    csrfHash: text('csrf_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [
    uniqueIndex('citizen_sessions_token_hash_key').on(table.tokenHash),
    index('citizen_sessions_citizen_idx').on(table.citizenId),
  ],
);
