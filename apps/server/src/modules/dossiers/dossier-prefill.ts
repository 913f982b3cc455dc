import type { PrefillSource, PrefillView, ProcedureDefinition } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { type CitizenRecord, citizenRecord } from '../identity/index.ts';
import { communeInAddress } from '../org/index.ts';
import type { DossierContext } from './dossier-context.ts';
import type { DossiersDeps, ResidentRecord } from './dossiers.ports.ts';

/**
 * Once-only (Decree 118/2025 Art. 4; Circular 01/2023/TT-VPCP): a form is prefilled from the
 * applicant's identity record (national population database through the e-ID), the residence
 * registry and their data wallet; each prefilled field says where it came from. The read of
 * the record is audited with its purpose.
 */

export const SOURCE_LABELS: Record<string, string> = {
  identity: 'Cơ sở dữ liệu quốc gia về dân cư (tài khoản định danh điện tử)',
  registry: 'Cơ sở dữ liệu về cư trú',
  wallet: 'Kho dữ liệu cá nhân (kết quả đã được cấp)',
};

const SEX = { male: 'Nam', female: 'Nữ' } as const;

function identityValue(record: CitizenRecord, source: PrefillSource): unknown {
  switch (source) {
    case 'identity.fullName':
      return record.fullName;
    case 'identity.personalId':
      return record.personalId;
    case 'identity.birthDate':
      return record.birthDate;
    case 'identity.sex':
      return SEX[record.sex];
    case 'identity.nationality':
      return record.nationality;
    case 'identity.placeOfOrigin':
      return record.placeOfOrigin ?? undefined;
    case 'identity.permanentAddress':
      return record.permanentAddress ?? undefined;
    case 'identity.currentAddress':
      return record.currentAddress ?? record.permanentAddress ?? undefined;
    case 'identity.phone':
      return record.phone ?? undefined;
    case 'identity.email':
      return record.email ?? undefined;
    default:
      return undefined;
  }
}

function registryValue(resident: ResidentRecord | null, source: PrefillSource): unknown {
  if (!resident) return undefined;
  if (source === 'registry.household' && resident.household) {
    const h = resident.household;
    return {
      headName: h.headName,
      headPersonalId: h.headPersonalId,
      relation: h.relation,
      ...(resident.permanentAddress ? { address: resident.permanentAddress } : {}),
    };
  }
  return undefined;
}

/** Sets `a.b.c` in a nested object, creating the intermediate objects. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] as string] = value;
}

export function getPath(source: Record<string, unknown>, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The identity-derived values of a form (what `prefillSources` compares a filed form against). */
export function identityPrefill(definition: ProcedureDefinition, record: CitizenRecord | undefined) {
  const values: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  if (!record) return { values, sources };
  for (const [field, source] of Object.entries(definition.form.prefill)) {
    if (!source.startsWith('identity.')) continue;
    const value = identityValue(record, source);
    if (value === undefined) continue;
    setPath(values, field, value);
    sources[field] = source;
  }
  return { values, sources };
}

/** Fields of `formData` still holding their prefilled value, with the source (kept on the dossier). */
export function prefillSourcesOf(
  definition: ProcedureDefinition,
  record: CitizenRecord | undefined,
  formData: Record<string, unknown>,
): Record<string, string> {
  const { values, sources } = identityPrefill(definition, record);
  return Object.fromEntries(
    Object.entries(sources).filter(([field]) => getPath(formData, field) === getPath(values, field)),
  );
}

export function createPrefill(deps: DossiersDeps, ctx: DossierContext) {
  async function prefill(
    actor: Actor,
    origin: AuditOrigin,
    procedureId: string,
    personalId: string | undefined,
  ): Promise<PrefillView> {
    const version = await deps.procedures.versionInForce(procedureId, ctx.today());
    if (!version) throw new AppError('NOT_FOUND');
    const definition = version.definition;
    const record = await deps.db.transaction(async (tx) => {
      let found: CitizenRecord | undefined;
      if (actor.kind === 'citizen') {
        found = await citizenRecord(tx, { id: actor.id });
      } else {
        if (!actor.permissions.has('citizen.lookup') || !actor.permissions.has('dossier.receive')) {
          throw new AppError('FORBIDDEN');
        }
        if (!personalId) {
          throw new AppError('VALIDATION_FAILED', undefined, [
            { path: 'query.personalId', message: 'Nhập số định danh cá nhân của người nộp hồ sơ' },
          ]);
        }
        found = await citizenRecord(tx, { personalId });
      }
      return found;
    });
    const ownerId = record?.personalId ?? (actor.kind === 'citizen' ? undefined : personalId);
    const { values, sources } = identityPrefill(definition, record);
    const labelled: PrefillView['sources'] = Object.fromEntries(
      Object.entries(sources).map(([field, source]) => [
        field,
        { source, label: SOURCE_LABELS.identity as string },
      ]),
    );
    const registryFields = Object.entries(definition.form.prefill).filter(([, s]) =>
      s.startsWith('registry.'),
    );
    if (ownerId && registryFields.length > 0) {
      let resident: ResidentRecord | null = null;
      try {
        resident = await deps.registries.population.findResident(ownerId);
      } catch {
        resident = null; // The registry is down: the applicant types the values instead.
      }
      for (const [field, source] of registryFields) {
        const value = registryValue(resident, source);
        if (value === undefined) continue;
        setPath(values, field, value);
        labelled[field] = { source, label: SOURCE_LABELS.registry as string };
      }
    }
    const walletParts: PrefillView['walletParts'] = {};
    if (ownerId) {
      for (const part of definition.parts) {
        if (part.walletKinds.length === 0) continue;
        const items = await deps.wallet.listFor(ownerId, part.walletKinds);
        walletParts[part.code] = items.map((item) => ({
          id: item.id,
          title: item.title,
          source: item.source,
          issuedAt: item.issuedAt.toISOString(),
        }));
      }
    }
    // One audit entry for the whole read, naming what was read (also when nothing was found).
    const read = [
      ...(record ? ['identity'] : []),
      ...(ownerId && registryFields.length > 0 ? ['registry'] : []),
      ...(Object.keys(walletParts).length > 0 ? ['wallet'] : []),
    ];
    if (record || ownerId) {
      await recordAudit(deps.db, actor, origin, {
        action: 'dossier.prefill-read',
        subject: { type: 'citizen', id: record?.id ?? `personal:${ownerId}` },
        purpose: `dossier.prefill:${definition.code}`,
        details: { sources: read },
      });
    }
    const address = record?.currentAddress ?? record?.permanentAddress;
    const suggestedUnitId =
      definition.routing.kind === 'commune' && address
        ? ((await communeInAddress(deps.db, address)) ?? null)
        : null;
    return { values, sources: labelled, walletParts, suggestedUnitId };
  }

  return { prefill };
}
