import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { Db } from '../../platform/db/index.ts';
import type { SecretBox } from '../identity/index.ts';
import * as store from './sso.store.ts';

/**
 * The oidc-provider adapter on PostgreSQL: every model (sessions, interactions, codes, tokens,
 * grants) in `sso_payloads`, except clients, which come from `sso_clients` (administered through
 * the API; a disabled client is not found). Expired rows are never returned and a job deletes them.
 */
export type AdapterOptions = {
  db: Db;
  secretBox: () => SecretBox;
  /** Called in the transaction that stores an authorization code (a completed sign-in). */
  onAuthorizationCode?: (tx: Db, payload: AdapterPayload) => Promise<void>;
  now?: () => Date;
};

const epoch = (date: Date) => Math.floor(date.getTime() / 1000);

export function clientMetadata(row: store.SsoClientRow, secretBox: () => SecretBox): AdapterPayload {
  return {
    client_id: row.clientId,
    client_name: row.name,
    redirect_uris: row.redirectUris,
    post_logout_redirect_uris: row.postLogoutRedirectUris,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: 'RS256',
    ...(row.secretSealed
      ? {
          token_endpoint_auth_method: 'client_secret_basic',
          client_secret: secretBox().open(row.secretSealed),
        }
      : { token_endpoint_auth_method: 'none' }),
  };
}

export function createAdapterClass(options: AdapterOptions): new (model: string) => Adapter {
  const { db } = options;
  const now = options.now ?? (() => new Date());

  const withConsumed = (row: store.PayloadRow | undefined): AdapterPayload | undefined =>
    row ? { ...row.payload, ...(row.consumedAt ? { consumed: epoch(row.consumedAt) } : {}) } : undefined;

  return class PostgresAdapter implements Adapter {
    readonly model: string;

    constructor(model: string) {
      this.model = model;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      if (this.model === 'Client') throw new Error('clients are registered through /api/v1/sso/clients');
      const row = {
        model: this.model,
        id,
        payload,
        grantId: payload.grantId ?? null,
        userCode: payload.userCode ?? null,
        uid: payload.uid ?? null,
        expiresAt: expiresIn ? new Date(now().getTime() + expiresIn * 1000) : null,
      };
      const hook = options.onAuthorizationCode;
      if (this.model === 'AuthorizationCode' && hook) {
        await db.transaction(async (tx) => {
          await store.upsertPayload(tx, row);
          await hook(tx, payload);
        });
        return;
      }
      await store.upsertPayload(db, row);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      if (this.model === 'Client') {
        const row = await store.findClient(db, id);
        return row && !row.disabledAt ? clientMetadata(row, options.secretBox) : undefined;
      }
      return withConsumed(await store.findPayload(db, this.model, id, now()));
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      return withConsumed(await store.findPayloadByUserCode(db, this.model, userCode, now()));
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return withConsumed(await store.findPayloadByUid(db, this.model, uid, now()));
    }

    async consume(id: string): Promise<void> {
      await store.consumePayload(db, this.model, id, now());
    }

    async destroy(id: string): Promise<void> {
      await store.destroyPayload(db, this.model, id);
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await store.destroyByGrant(db, grantId);
    }
  };
}
