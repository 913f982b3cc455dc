import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { citizens } from '../identity/index.ts';

/** The personal ID of a citizen actor (null for anyone else), or where to get it from. */
export type PersonalIdOf = (actor: Actor) => Promise<string | null>;

/**
 * The Actor carries the citizen's record id, not the personal ID the wallet (and the dossiers)
 * are keyed by. Until the identity module offers it (reported), it is read here from the
 * identity record by the actor's id — one indexed read, no audit entry (the citizen's own id).
 */
export function citizenPersonalIdOf(db: Db): PersonalIdOf {
  return async (actor) => {
    if (actor.kind !== 'citizen') return null;
    const [row] = await db
      .select({ personalId: citizens.personalId })
      .from(citizens)
      .where(eq(citizens.id, actor.id));
    return row?.personalId ?? null;
  };
}
