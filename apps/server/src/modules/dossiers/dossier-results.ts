import type { DossierState, ProcedureDefinition } from '@lienthong/contracts';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { adoptFile, readFileById, saveFile } from '../../platform/files/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { unitDetails } from '../org/index.ts';
import { assertRevision, type DossierContext } from './dossier-context.ts';
import { dutyAllows, nextState, TransitionRefused } from './dossier-machine.ts';
import { getPath } from './dossier-prefill.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import * as store from './dossiers.store.ts';
import { renderResult } from './forms/index.ts';

/**
 * The result (Decree 118/2025 Art. 19–20; Decree 30/2020 Art. 5): generated as a PDF, signed by
 * the leader (personal signature, B-T), then by the organisation (seal) through the signatures
 * module, stored in the applicant's data wallet and delivered. Signing happens outside the
 * dossier's transaction (it has its own); the dossier is re-locked afterwards and must not have
 * changed meanwhile (DOSSIER_STALE).
 */

const RESULT_MAX_BYTES = 50 * 1024 * 1024;

/** Form values as printed: ISO dates as dd/mm/yyyy, booleans in words, objects flattened. */
export function printable(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return value.split('-').reverse().join('/');
  if (Array.isArray(value)) return value.map(printable).join(', ');
  if (typeof value === 'object') return Object.values(value).map(printable).filter(Boolean).join(', ');
  return String(value);
}

export function resultFields(definition: ProcedureDefinition, formData: Record<string, unknown>) {
  return definition.result.fields.map((field) => ({
    label: field.label,
    value: printable(getPath(formData, field.path)),
  }));
}

export function createResults(deps: DossiersDeps, ctx: DossierContext) {
  async function check(tx: Db, actor: Actor, id: string, action: 'sign' | 'issue', revision: number) {
    const { row, rights } = await ctx.lockFor(tx, actor, id);
    if (!dutyAllows(action, rights.duties)) throw new AppError('FORBIDDEN');
    let to: DossierState;
    try {
      to = nextState(row.state as DossierState, action);
    } catch (error) {
      if (error instanceof TransitionRefused) throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
      throw error;
    }
    assertRevision(row, revision);
    return { row, to };
  }

  /** The decision of the history: its last approval or denial (with its reason). */
  function decisionOf(events: store.DossierEventRow[]) {
    const last = events.filter((e) => e.action === 'approve' || e.action === 'deny').at(-1);
    return { denied: last?.action === 'deny', reason: last?.note ?? '' };
  }

  /** The leader signs the generated result (or the written answer of a denial). */
  async function sign(
    actor: Actor,
    origin: AuditOrigin,
    id: string,
    body: { revision: number; title?: string },
  ) {
    const { row } = await deps.db.transaction((tx) => check(tx, actor, id, 'sign', body.revision));
    const { definition } = await ctx.version(row);
    const { denied, reason } = decisionOf(await store.listEvents(deps.db, row.id));
    const unitId = row.competentUnitId ?? '';
    const unit = (await unitDetails(deps.db, [unitId], ctx.today())).get(unitId);
    const title = body.title ?? 'Lãnh đạo';
    const pdf = await renderResult(
      {
        unit: { name: unit?.name ?? '', parentName: unit?.parentName ?? null, placeName: 'Hà Nội' },
        title: definition.result.name.toUpperCase(),
        procedureName: definition.name,
        code: row.code ?? '',
        applicant: row.applicant,
        fields: resultFields(definition, row.formData),
        signerTitle: title,
        signerName: actor.displayName,
        issuedAt: ctx.clock(),
        ...(denied ? { denial: { reason } } : {}),
      },
      deps.font(),
    );
    const file = await saveFile({ db: deps.db, storage: deps.storage }, pdf, {
      name: `ket-qua-${row.code ?? row.id}.pdf`,
      mediaType: 'application/pdf',
      ownerId: actor.id,
    });
    const signature = await deps.signing.signingStep(actor, origin, {
      fileId: file.id,
      mode: 'personal',
      format: 'pades',
      level: 'B-T',
      title,
      reason: `Ký kết quả giải quyết hồ sơ ${row.code ?? ''}`,
      purpose: 'dossier.result',
    });
    return deps.db.transaction(async (tx) => {
      const { row: again, to } = await check(tx, actor, id, 'sign', body.revision);
      return ctx.record(tx, actor, origin, again, {
        action: 'sign',
        from: again.state as DossierState,
        to,
        patch: { resultFileId: signature.fileId },
        data: { signatureCode: signature.code, signer: actor.displayName, title },
        notice: false,
      });
    });
  }

  /** The organisation's seal on the signed result: the result is ready and goes to the wallet. */
  async function issue(actor: Actor, origin: AuditOrigin, id: string, body: { revision: number }) {
    await ctx.prepare(id);
    const { row } = await deps.db.transaction((tx) => check(tx, actor, id, 'issue', body.revision));
    if (!row.resultFileId || !row.competentUnitId) throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
    const own = await adoptFile(deps.db, row.resultFileId, actor.id);
    const sealed = await deps.signing.signingStep(actor, origin, {
      fileId: own.id,
      mode: 'seal',
      unitId: row.competentUnitId,
      format: 'pades',
      level: 'B-T',
      reason: `Phát hành kết quả giải quyết hồ sơ ${row.code ?? ''}`,
      purpose: 'dossier.result',
    });
    return deps.db.transaction(async (tx) => {
      const { row: again, to } = await check(tx, actor, id, 'issue', body.revision);
      const now = ctx.clock();
      const { definition } = await ctx.version(again);
      const approved = !decisionOf(await store.listEvents(tx, again.id)).denied;
      if (approved) {
        await deps.wallet.addItem(tx, {
          personalId: again.applicantPersonalId,
          kind: definition.result.walletKind,
          title: `${definition.result.name} (${again.code ?? ''})`,
          fileId: sealed.fileId,
          data: Object.fromEntries(resultFields(definition, again.formData).map((f) => [f.label, f.value])),
          source: again.code ?? again.id,
          sourceDossierId: again.id,
          issuedAt: now,
        });
      }
      return ctx.record(tx, actor, origin, again, {
        action: 'issue',
        from: again.state as DossierState,
        to,
        patch: {
          resultFileId: sealed.fileId,
          resultSignatureCode: sealed.code,
          resultReadyAt: now,
          onTime: again.dueAt ? now <= again.dueAt : true,
        },
        data: { signatureCode: sealed.code, verifyUrl: sealed.verifyUrl, wallet: approved },
        notice: {
          subject: `Hồ sơ ${again.code ?? ''} đã có kết quả`,
          body: approved
            ? `Kết quả "${definition.result.name}" đã được ký số và lưu vào kho dữ liệu của ông/bà. Ông/bà có thể tải về hoặc nhận tại bộ phận một cửa.`
            : 'Cơ quan giải quyết đã có văn bản trả lời hồ sơ của ông/bà. Ông/bà có thể tải về hoặc nhận tại bộ phận một cửa.',
        },
      });
    });
  }

  /** The result file; the applicant's first download is the online delivery. */
  async function resultFile(actor: Actor, origin: AuditOrigin, id: string) {
    return deps.db.transaction(async (tx) => {
      const { row, rights } = await ctx.lockFor(tx, actor, id);
      const ready = ['result_ready', 'delivered', 'archived'].includes(row.state);
      if (!row.resultFileId || (rights.isApplicant && !ready)) throw new AppError('NOT_FOUND');
      if (rights.isApplicant && row.feeTotal > 0 && !row.paidAt) {
        throw new AppError(
          'DOSSIER_ACTION_NOT_ALLOWED',
          'Vui lòng nộp phí, lệ phí của hồ sơ trước khi nhận kết quả.',
        );
      }
      const file = await readFileById(
        { db: tx, storage: deps.storage, maxBytes: RESULT_MAX_BYTES },
        row.resultFileId,
      );
      if (!file) throw new AppError('NOT_FOUND');
      await recordAudit(tx, actor, origin, {
        action: 'dossier.result-read',
        subject: { type: 'dossier', id: row.id },
        purpose: rights.isApplicant ? 'self.view' : 'dossier.processing',
      });
      if (rights.isApplicant && row.state === 'result_ready') {
        await ctx.record(tx, actor, origin, row, {
          action: 'deliver',
          from: 'result_ready',
          to: 'delivered',
          patch: { deliveredAt: ctx.clock(), deliveryMethod: 'online' },
          data: { method: 'online' },
          notice: false,
        });
      }
      return { name: file.row.name, bytes: file.bytes };
    });
  }

  return { sign, issue, resultFile };
}

export type Results = ReturnType<typeof createResults>;
