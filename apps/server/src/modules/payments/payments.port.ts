import type { DossierState } from '@lienthong/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';

/**
 * What payments need from the dossiers module (it implements this port; app.ts wires it).
 * `findPayable` answers null for a dossier the actor may not see (404, no existence leak);
 * `markPaid` records the payment on the dossier, in the payment's transaction.
 */
export type PayableDossier = {
  id: string;
  code: string | null;
  /** Where the dossier is: no fee is taken once it has ended (refused, stopped, archived). */
  state: DossierState | (string & {});
  feeTotal: number;
  paidAt: Date | null;
  applicantName: string;
  competentUnitId: string;
};

export type PaymentsDossierPort = {
  findPayable(db: Db, actor: Actor, dossierId: string): Promise<PayableDossier | null>;
  markPaid(db: Db, dossierId: string, at: Date, online: boolean): Promise<void>;
};

/** States in which a dossier takes no fee (PAYMENT_NOT_DUE). */
export const NOT_PAYABLE_STATES: ReadonlySet<string> = new Set<DossierState>([
  'draft',
  'refused',
  'stopped',
  'archived',
]);
