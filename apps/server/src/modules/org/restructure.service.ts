import type {
  CreateOrgUnitInput,
  OrgRestructureListQuery,
  OrgRestructurePage,
  OrgRestructureResult,
  OrgUnitView,
  RestructureInput,
} from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { unitScope } from '../../platform/auth/scope.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { permissionForKind, unitsTouched } from './org.policy.ts';
import { presentRestructures, presentUnit } from './org.present.ts';
import * as read from './org-read.store.ts';
import { unitInScope } from './org-scope.ts';
import { todayInVietnam } from './org-units.service.ts';
import { lockStructure } from './org-write.store.ts';
import { applyRestructure } from './restructure.ops.ts';

export type RestructureService = ReturnType<typeof createRestructureService>;

/** Carries a preview's result out of its transaction, which is then rolled back. */
class PreviewRollback extends Error {
  readonly result: OrgRestructureResult;
  constructor(result: OrgRestructureResult) {
    super('preview');
    this.result = result;
  }
}

/**
 * The restructure as recorded (inside `tx`), with its lineage and the units it created or changed:
 * every version it opened or changed in place (a version starting on the effective day is edited,
 * not replaced, and keeps the `restructure_id` of the change that opened it), with the new values.
 */
async function buildResult(
  tx: Db,
  id: string,
  changedVersionIds: readonly string[],
  preview: boolean,
): Promise<OrgRestructureResult> {
  const row = await read.findRestructure(tx, id);
  if (!row) throw new Error(`restructure ${id} was not written`);
  const lineage = await read.findLineage(tx, [id]);
  const [view] = presentRestructures([row], lineage);
  if (!view) throw new Error('restructure view missing');
  const units = await read.findVersionsById(tx, changedVersionIds, row.effectiveDate);
  return { ...view, preview, units: units.map(presentUnit) };
}

/** Changes of the structure: one transaction each, audited; `preview` validates and writes nothing. */
/**
 * Every unit the change touches must lie within the actor's scope of the change's permission
 * (as of today); outside it the unit is "not found" (no existence leak). New roots need a
 * platform-wide scope.
 */
async function assertInScope(tx: Db, actor: Actor, input: RestructureInput): Promise<void> {
  const scope = unitScope(actor, permissionForKind(input.kind));
  if (scope.kind === 'all') return;
  for (const unitId of new Set(unitsTouched(input))) {
    if (!(await unitInScope(tx, unitId, scope))) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị trong phạm vi bạn được giao.');
    }
  }
}

export function createRestructureService(db: Db, today: () => string = todayInVietnam) {
  async function apply(
    actor: Actor,
    origin: AuditOrigin,
    input: RestructureInput,
  ): Promise<OrgRestructureResult> {
    try {
      return await db.transaction(async (tx) => {
        await lockStructure(tx);
        await assertInScope(tx, actor, input);
        const { restructureId: id, changedVersionIds } = await applyRestructure(tx, actor.id, input);
        const result = await buildResult(tx, id, changedVersionIds, input.preview);
        if (input.preview) throw new PreviewRollback(result);
        await recordAudit(tx, actor, origin, {
          action: `org.${input.kind}`,
          subject: { type: 'org_restructure', id },
          details: {
            effectiveDate: input.effectiveDate,
            unitId: result.unitId,
            legalBasis: result.legalBasis,
            lineage: result.lineage.length,
          },
        });
        return result;
      });
    } catch (error) {
      if (error instanceof PreviewRollback) return error.result;
      throw error;
    }
  }

  /** Creates a unit (a 'create' restructure); field paths in errors are those of the request. */
  async function createUnit(
    actor: Actor,
    origin: AuditOrigin,
    input: CreateOrgUnitInput,
  ): Promise<OrgUnitView> {
    const { validFrom, legalBasis, note, ...unit } = input;
    try {
      const result = await apply(actor, origin, {
        kind: 'create',
        effectiveDate: validFrom ?? today(),
        preview: false,
        unit,
        ...(legalBasis === undefined ? {} : { legalBasis }),
        ...(note === undefined ? {} : { note }),
      });
      const [created] = result.units;
      if (!created) throw new Error('created unit missing');
      return created;
    } catch (error) {
      if (error instanceof AppError && error.errors) {
        throw new AppError(
          error.code,
          error.message,
          error.errors.map((e) => ({ ...e, path: e.path.replace(/^body\.unit\./, 'body.') })),
        );
      }
      throw error;
    }
  }

  async function listRestructures(query: OrgRestructureListQuery): Promise<OrgRestructurePage> {
    const page = await read.findRestructures(db, query);
    const lineage = await read.findLineage(
      db,
      page.items.map((row) => row.id),
    );
    return {
      items: presentRestructures(page.items, lineage),
      total: page.total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  return { apply, createUnit, listRestructures };
}
