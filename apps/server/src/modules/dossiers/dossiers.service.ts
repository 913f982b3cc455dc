import type { BulkActionInput, BulkActionResult, RateDossierInput } from '@lienthong/contracts';
import type { z } from 'zod';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { createActions } from './dossier-actions.ts';
import { createDossierContext } from './dossier-context.ts';
import { createFiling } from './dossier-filing.ts';
import { createForms } from './dossier-forms.ts';
import { createPrefill } from './dossier-prefill.ts';
import { createQueries } from './dossier-queries.ts';
import { createResults } from './dossier-results.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import * as store from './dossiers.store.ts';

/**
 * The dossiers service: filing, actions along the state machine, results, forms, reading. Its
 * parts share one context (clock, access, `record`); see README.md for the rules.
 */
export function createDossiersService(deps: DossiersDeps) {
  const ctx = createDossierContext(deps);
  const filing = createFiling(deps, ctx);
  const actions = createActions(deps, ctx, filing);
  const results = createResults(deps, ctx);
  const queries = createQueries(deps, ctx);
  const forms = createForms(deps, ctx);
  const { prefill } = createPrefill(deps, ctx);

  /** The applicant rates the service once the result is delivered (QĐ 766: satisfaction). */
  async function rate(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    input: z.infer<typeof RateDossierInput>,
  ) {
    return deps.db.transaction(async (tx) => {
      const { row, rights } = await ctx.lockFor(tx, actor, id);
      if (!rights.isApplicant) throw new AppError('FORBIDDEN');
      if (!['delivered', 'archived'].includes(row.state) || row.rating !== null) {
        throw new AppError('DOSSIER_ACTION_NOT_ALLOWED', 'Chỉ đánh giá một lần, sau khi đã nhận kết quả.');
      }
      const now = ctx.clock();
      await store.updateDossier(tx, row.id, { rating: input.rating, ratedAt: now }, now);
      await store.appendEvent(tx, {
        dossierId: row.id,
        action: 'rate',
        fromState: row.state,
        toState: row.state,
        actorId: actor.id,
        actorName: actor.displayName,
        actorUnitId: null,
        at: now,
        note: input.comment ?? null,
        data: { rating: input.rating },
      });
      await recordAudit(tx, actor, origin, {
        action: 'dossier.rated',
        subject: { type: 'dossier', id: row.id },
        details: { rating: input.rating },
      });
      return row.id;
    });
  }

  /**
   * One action on many dossiers (the desk receiving or returning a pile): each dossier on its own,
   * at the revision it has now, in its own transaction; a refusal of one does not stop the others.
   */
  async function bulk(actor: Actor, origin: AuditOrigin, input: BulkActionInput): Promise<BulkActionResult> {
    const out: BulkActionResult['results'] = [];
    for (const id of input.ids) {
      try {
        const row = await store.findDossier(deps.db, id);
        if (!row) throw new AppError('NOT_FOUND');
        const body = {
          revision: row.revision,
          ...(input.action === 'assign' ? { assigneeId: input.assigneeId } : {}),
          ...(input.action === 'deliver' ? { method: input.method ?? 'desk' } : {}),
        };
        if (input.action === 'assign' && !input.assigneeId) {
          throw new AppError('VALIDATION_FAILED', undefined, [
            { path: 'body.assigneeId', message: 'Chọn cán bộ nhận hồ sơ' },
          ]);
        }
        if (input.action === 'issue') await results.issue(actor, origin, id, body);
        else await actions.act(actor, origin, id, input.action, body);
        out.push({ id, ok: true });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        out.push({ id, ok: false, code: error.code, message: error.message });
      }
    }
    return { results: out };
  }

  /** What the payments module may know of a dossier and do to it (app.ts wires it). */
  const paymentsPort = {
    async findPayable(db: Db, actor: Actor, dossierId: string) {
      const row = await store.findDossier(db, dossierId);
      if (!row) return null;
      const rights = await ctx.access(db, actor, row);
      if (!rights.canRead || row.state === 'draft') return null;
      return {
        id: row.id,
        code: row.code,
        state: row.state,
        feeTotal: row.feeTotal,
        paidAt: row.paidAt,
        applicantName: row.applicant.fullName,
        competentUnitId: row.competentUnitId ?? '',
      };
    },
    async markPaid(db: Db, dossierId: string, at: Date, online: boolean): Promise<void> {
      const row = await store.lockDossier(db, dossierId);
      if (!row || row.paidAt) return;
      await store.updateDossier(db, row.id, { paidAt: at, paidOnline: online }, at);
      await store.appendEvent(db, {
        dossierId: row.id,
        action: 'pay',
        fromState: row.state,
        toState: row.state,
        actorId: 'system:payments',
        actorName: online ? 'Thanh toán trực tuyến' : 'Thu tại bộ phận một cửa',
        actorUnitId: null,
        at,
        note: null,
        data: { amount: row.feeTotal, online },
      });
    },
  };

  return {
    create: filing.create,
    updateDraft: filing.updateDraft,
    discard: filing.discard,
    act: actions.act,
    assignees: async (actor: Actor, id: string) => {
      const row = await store.findDossier(deps.db, id);
      if (!row) throw new AppError('NOT_FOUND');
      const rights = await ctx.access(deps.db, actor, row);
      if (!rights.canRead) throw new AppError('NOT_FOUND');
      if (rights.duties.size === 0 || (rights.duties.size === 1 && rights.duties.has('applicant'))) {
        throw new AppError('FORBIDDEN');
      }
      return actions.assignees(row, (await ctx.version(row)).definition);
    },
    sign: results.sign,
    issue: results.issue,
    resultFile: results.resultFile,
    form: forms.form,
    register: forms.register,
    view: queries.view,
    list: queries.list,
    listMine: queries.listMine,
    track: queries.track,
    prefill,
    rate,
    bulk,
    paymentsPort,
  };
}

export type DossiersService = ReturnType<typeof createDossiersService>;
