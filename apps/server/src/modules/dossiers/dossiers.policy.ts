import type { Permission } from '@lienthong/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { unitInScope } from '../org/index.ts';
import type { Duty } from './dossier-machine.ts';
import type { DossierRow } from './dossiers.store.ts';

/**
 * Who may see and act on a dossier. The applicant's side: the citizen whose personal ID the
 * dossier names, or the one-stop officer who filed it for them at the desk (submit, supplement).
 * Officials act by duty within their unit scope over the competent unit (Decree 118/2025: the
 * competent agency decides, wherever the dossier was filed); the filing desk may read it.
 */

export type DossierAccess = {
  /** May read the dossier at all (else 404: no existence leak). */
  canRead: boolean;
  duties: Set<Duty>;
  isApplicant: boolean;
};

const DUTY_PERMISSION: Record<Exclude<Duty, 'applicant'>, Permission> = {
  receive: 'dossier.receive',
  process: 'dossier.process',
  approve: 'dossier.approve',
  seal: 'signature.seal',
};

export async function accessTo(
  db: Db,
  actor: Actor,
  dossier: DossierRow,
  citizenPersonalId: string | null,
  asOf: string,
): Promise<DossierAccess> {
  const duties = new Set<Duty>();
  if (actor.kind === 'citizen') {
    const isApplicant = citizenPersonalId !== null && citizenPersonalId === dossier.applicantPersonalId;
    if (isApplicant) duties.add('applicant');
    // Another person's draft is never shown, even to the applicant named in it.
    const canRead = isApplicant && (dossier.state !== 'draft' || dossier.filedBy === actor.id);
    return { canRead, duties, isApplicant };
  }
  if (actor.kind !== 'official') return { canRead: false, duties, isApplicant: false };
  if (dossier.filedBy === actor.id) duties.add('applicant');
  if (dossier.state === 'draft') {
    return { canRead: dossier.filedBy === actor.id, duties, isApplicant: false };
  }
  for (const [duty, permission] of Object.entries(DUTY_PERMISSION) as [
    Exclude<Duty, 'applicant'>,
    Permission,
  ][]) {
    if (!actor.permissions.has(permission)) continue;
    if (duty === 'seal' && !actor.permissions.has('dossier.read')) continue;
    if (await unitInScope(db, dossier.competentUnitId, unitScope(actor, permission), asOf)) duties.add(duty);
  }
  let canRead = duties.size > 0;
  if (!canRead && actor.permissions.has('dossier.read')) {
    const scope = unitScope(actor, 'dossier.read');
    canRead =
      (await unitInScope(db, dossier.competentUnitId, scope, asOf)) ||
      (dossier.filedAtUnitId !== null && (await unitInScope(db, dossier.filedAtUnitId, scope, asOf)));
  }
  return { canRead, duties, isApplicant: false };
}
