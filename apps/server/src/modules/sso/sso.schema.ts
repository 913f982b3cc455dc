import { index, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Storage of the platform's OpenID Provider (oidc-provider adapter): sessions, interactions,
 * authorization codes, tokens and grants, one row per (model, id); `payload` as the library gives it.
 */
export const ssoPayloads = pgTable(
  'sso_payloads',
  {
    model: text('model').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').notNull(),
    grantId: text('grant_id'),
    userCode: text('user_code'),
    uid: text('uid'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.model, table.id] }),
    index('sso_payloads_grant_idx').on(table.grantId),
    index('sso_payloads_uid_idx').on(table.uid),
    index('sso_payloads_user_code_idx').on(table.userCode),
    index('sso_payloads_expires_idx').on(table.expiresAt),
  ],
);

/** Applications that sign officials in through the platform (mail, meetings…). */
export const ssoClients = pgTable('sso_clients', {
  clientId: text('client_id').primaryKey(),
  name: text('name').notNull(),
  /** The client secret sealed with the server key (AES-256-GCM); null for public clients (PKCE). */
  secretSealed: text('secret_sealed'),
  redirectUris: text('redirect_uris').array().notNull(),
  postLogoutRedirectUris: text('post_logout_redirect_uris').array().notNull().default([]),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

/** The provider's signing keys (private JWK sealed with the server key); retired keys stay published a while. */
export const ssoKeys = pgTable('sso_keys', {
  kid: text('kid').primaryKey(),
  privateJwkSealed: text('private_jwk_sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});
