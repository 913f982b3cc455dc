import { randomBytes } from 'node:crypto';
import type { SsoClientCreated, SsoClientCreateInput, SsoClientView } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import type { SecretBox } from '../identity/index.ts';
import * as store from './sso.store.ts';

export type SsoService = ReturnType<typeof createSsoService>;

/** A client secret: 32 random bytes, base64url (43 characters). */
const newSecret = () => randomBytes(32).toString('base64url');

export function presentClient(row: store.SsoClientRow): SsoClientView {
  return {
    clientId: row.clientId,
    name: row.name,
    kind: row.secretSealed ? 'confidential' : 'public',
    redirectUris: row.redirectUris,
    postLogoutRedirectUris: row.postLogoutRedirectUris,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
  };
}

/**
 * Administration of the applications that sign officials in through the platform (`sso.manage`).
 * Secrets are sealed with the server key and shown once, at creation and at rotation.
 */
export function createSsoService(options: { db: Db; secretBox: () => SecretBox; now?: () => Date }) {
  const { db, secretBox } = options;
  const now = options.now ?? (() => new Date());

  async function list(): Promise<SsoClientView[]> {
    return (await store.findClients(db)).map(presentClient);
  }

  async function create(
    actor: Actor,
    origin: AuditOrigin,
    input: SsoClientCreateInput,
  ): Promise<SsoClientCreated> {
    const secret = input.kind === 'confidential' ? newSecret() : null;
    const at = now();
    const unique = (uris: readonly string[]) => [...new Set(uris.map((uri) => uri.trim()))];
    return db.transaction(async (tx) => {
      const row = await store.insertClient(tx, {
        clientId: newId(),
        name: input.name.trim(),
        secretSealed: secret ? secretBox().seal(secret) : null,
        redirectUris: unique(input.redirectUris),
        postLogoutRedirectUris: unique(input.postLogoutRedirectUris ?? []),
        createdBy: actor.id,
        createdAt: at,
        updatedAt: at,
      });
      await recordAudit(tx, actor, origin, {
        action: 'sso.client.created',
        subject: { type: 'sso_client', id: row.clientId },
        details: {
          name: row.name,
          kind: secret ? 'confidential' : 'public',
          redirectUris: row.redirectUris,
          postLogoutRedirectUris: row.postLogoutRedirectUris,
        },
      });
      return { ...presentClient(row), clientSecret: secret };
    });
  }

  async function rotateSecret(
    actor: Actor,
    origin: AuditOrigin,
    clientId: string,
  ): Promise<SsoClientCreated> {
    const secret = newSecret();
    return db.transaction(async (tx) => {
      const current = await store.lockClient(tx, clientId);
      if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy ứng dụng đăng nhập một lần.');
      if (current.disabledAt) throw new AppError('CONFLICT', 'Ứng dụng đã bị vô hiệu hóa.');
      if (!current.secretSealed) {
        throw new AppError('CONFLICT', 'Ứng dụng công khai (public) không dùng mã bí mật.');
      }
      const row = await store.updateClient(tx, clientId, {
        secretSealed: secretBox().seal(secret),
        updatedAt: now(),
      });
      await recordAudit(tx, actor, origin, {
        action: 'sso.client.secret_rotated',
        subject: { type: 'sso_client', id: clientId },
      });
      return { ...presentClient(row), clientSecret: secret };
    });
  }

  /** Disables a client: it can no longer sign anyone in; its codes, tokens and grants are deleted. */
  async function disable(actor: Actor, origin: AuditOrigin, clientId: string): Promise<SsoClientView> {
    return db.transaction(async (tx) => {
      const current = await store.lockClient(tx, clientId);
      if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy ứng dụng đăng nhập một lần.');
      if (current.disabledAt) throw new AppError('CONFLICT', 'Ứng dụng đã bị vô hiệu hóa.');
      const at = now();
      const row = await store.updateClient(tx, clientId, { disabledAt: at, updatedAt: at });
      const revoked = await store.destroyClientPayloads(tx, clientId);
      await recordAudit(tx, actor, origin, {
        action: 'sso.client.disabled',
        subject: { type: 'sso_client', id: clientId },
        details: { revoked },
      });
      return presentClient(row);
    });
  }

  return { list, create, rotateSecret, disable };
}
