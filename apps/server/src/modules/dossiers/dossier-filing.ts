import { randomUUID } from 'node:crypto';
import type {
  CreateDossierInput,
  DossierPartInput,
  ProcedureDefinition,
  UpdateDraftInput,
} from '@lienthong/contracts';
import { toSearchKey } from '@lienthong/vn';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { type CitizenRecord, citizenRecord } from '../identity/index.ts';
import { findUnitIdByName, unitDetails } from '../org/index.ts';
import { assertRevision, type DossierContext, viTime } from './dossier-context.ts';
import { prefillSourcesOf } from './dossier-prefill.ts';
import type { DossiersDeps } from './dossiers.ports.ts';
import type { ApplicantRecord } from './dossiers.schema.ts';
import * as store from './dossiers.store.ts';

/**
 * Filing: drafts (kept 30 days), direct submission with an idempotency key, and the checks a
 * submission must pass (the e-form against its JSON Schema, the required parts, where it is
 * decided). A submission is one transaction: a complete dossier or none.
 */

const DRAFT_DAYS = 30;
const DAY_MS = 86_400_000;
const UNIQUE_VIOLATION = '23505';

type NewPart = {
  id: string;
  partCode: string;
  fileId: string;
  source: 'upload' | 'wallet' | 'desk_scan';
  walletItemId: string | null;
};

function fieldErrors(path: string, message: string) {
  return [{ path, message }];
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause;
  return (error as { code?: string })?.code === UNIQUE_VIOLATION || cause?.code === UNIQUE_VIOLATION;
}

export function applicantOf(record: CitizenRecord): ApplicantRecord {
  return {
    kind: 'citizen',
    fullName: record.fullName,
    personalId: record.personalId,
    birthDate: record.birthDate,
    ...(record.currentAddress || record.permanentAddress
      ? { address: (record.currentAddress ?? record.permanentAddress) as string }
      : {}),
    ...(record.phone ? { phone: record.phone } : {}),
    ...(record.email ? { email: record.email } : {}),
  };
}

export function createFiling(deps: DossiersDeps, ctx: DossierContext) {
  /** Who asks: the signed-in citizen, or (at the desk) the citizen the officer names. */
  async function applicantFor(db: Db, actor: Actor, input: CreateDossierInput) {
    if (actor.kind === 'citizen') {
      const record = await citizenRecord(db, { id: actor.id });
      if (!record) throw new AppError('FORBIDDEN');
      return { applicant: applicantOf(record), record, filedAtUnitId: null, channel: 'online' as const };
    }
    if (actor.kind !== 'official' || !actor.permissions.has('dossier.receive'))
      throw new AppError('FORBIDDEN');
    if (!input.applicant) {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        fieldErrors('body.applicant', 'Nhập thông tin người nộp hồ sơ'),
      );
    }
    const desk = actor.grants.find((grant) => grant.permissions.has('dossier.receive') && grant.orgUnitId);
    const record = await citizenRecord(db, { personalId: input.applicant.personalId });
    // A mistyped personal ID would hand the dossier (and its notices) to someone else: when the
    // identity record exists, the name typed at the desk must be the record's.
    if (record && toSearchKey(record.fullName) !== toSearchKey(input.applicant.fullName)) {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        fieldErrors(
          'body.applicant.fullName',
          'Họ tên không khớp với số định danh cá nhân trong Cơ sở dữ liệu quốc gia về dân cư',
        ),
      );
    }
    const applicant: ApplicantRecord = { ...input.applicant };
    return {
      applicant,
      record,
      filedAtUnitId: desk?.orgUnitId ?? actor.unitId ?? null,
      channel: 'desk' as const,
    };
  }

  /** The unit that decides: the chosen commune, or the unit the procedure names. */
  async function competentUnit(
    db: Db,
    definition: ProcedureDefinition,
    chosen: string | undefined,
    required: boolean,
  ) {
    if (definition.routing.kind === 'unit') {
      const id = await findUnitIdByName(db, definition.routing.unitName, ctx.today());
      if (!id)
        throw new AppError(
          'PROCEDURE_NOT_IN_FORCE',
          `Không tìm thấy cơ quan giải quyết: ${definition.routing.unitName}.`,
        );
      return id;
    }
    if (!chosen) {
      if (!required) return null;
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        fieldErrors('body.competentUnitId', 'Chọn xã, phường giải quyết hồ sơ'),
      );
    }
    const unit = (await unitDetails(db, [chosen], ctx.today())).get(chosen);
    if (unit?.level !== 'commune') {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        fieldErrors('body.competentUnitId', 'Đơn vị được chọn không phải là xã, phường đang hoạt động'),
      );
    }
    return chosen;
  }

  /** The parts as rows: files the filer uploaded, or wallet items of the applicant. */
  async function partRows(
    db: Db,
    actor: Actor,
    definition: ProcedureDefinition,
    parts: readonly DossierPartInput[],
    personalId: string,
  ): Promise<NewPart[]> {
    const known = new Set(definition.parts.map((part) => part.code));
    const files = new Map(
      (
        await store.findFiles(
          db,
          parts.flatMap((p) => (p.fileId ? [p.fileId] : [])),
        )
      ).map((f) => [f.id, f]),
    );
    const rows: NewPart[] = [];
    for (const [index, part] of parts.entries()) {
      const path = `body.parts.${index}`;
      if (!known.has(part.partCode)) {
        throw new AppError(
          'VALIDATION_FAILED',
          undefined,
          fieldErrors(`${path}.partCode`, 'Thủ tục không có thành phần hồ sơ này'),
        );
      }
      if (part.fileId) {
        const file = files.get(part.fileId);
        if (!file || file.createdBy !== actor.id) {
          throw new AppError(
            'VALIDATION_FAILED',
            undefined,
            fieldErrors(`${path}.fileId`, 'Không tìm thấy tệp đã tải lên'),
          );
        }
        const source = actor.kind === 'official' ? 'desk_scan' : 'upload';
        rows.push({ id: newId(), partCode: part.partCode, fileId: file.id, source, walletItemId: null });
      } else if (part.walletItemId) {
        const item = await deps.wallet.findOwned(db, part.walletItemId, personalId);
        if (!item?.fileId) {
          throw new AppError(
            'VALIDATION_FAILED',
            undefined,
            fieldErrors(`${path}.walletItemId`, 'Không tìm thấy giấy tờ trong kho dữ liệu của người nộp'),
          );
        }
        rows.push({
          id: newId(),
          partCode: part.partCode,
          fileId: item.fileId,
          source: 'wallet',
          walletItemId: item.id,
        });
      }
    }
    return rows;
  }

  /** What a submission must satisfy: a valid form and every required part present. */
  function assertComplete(
    definition: ProcedureDefinition,
    versionId: string,
    formData: unknown,
    partCodes: Set<string>,
  ) {
    const errors = deps.procedures.validateFormData(definition, formData, versionId);
    if (errors.length > 0) {
      throw new AppError(
        'DOSSIER_FORM_INVALID',
        undefined,
        errors.map((e) => ({ path: `body.${e.path}`, message: e.message })),
      );
    }
    const missing = definition.parts.filter((part) => part.required && !partCodes.has(part.code));
    if (missing.length > 0) {
      throw new AppError(
        'DOSSIER_PARTS_MISSING',
        `Hồ sơ còn thiếu: ${missing.map((part) => part.name).join('; ')}.`,
        missing.map((part) => ({
          path: `body.parts.${part.code}`,
          message: `Thiếu thành phần: ${part.name}`,
        })),
      );
    }
  }

  function feeTotal(definition: ProcedureDefinition): number {
    return definition.fees.reduce((sum, fee) => sum + fee.amount, 0);
  }

  async function create(
    actor: Actor,
    origin: AuditOrigin,
    input: CreateDossierInput,
    key: string | undefined,
  ) {
    if (input.submit && !key) throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
    const inForce = await deps.procedures.versionInForce(input.procedureId, ctx.today());
    const attempt = () =>
      deps.db.transaction(async (tx) => {
        if (key) {
          const existing = await store.findByIdempotencyKey(tx, actor.id, key);
          if (existing) {
            // The same key for another procedure, or a saved draft's key reused to submit: another request.
            if (existing.procedureId !== input.procedureId || (input.submit && existing.state === 'draft')) {
              throw new AppError('IDEMPOTENCY_KEY_REUSED');
            }
            return { row: existing, replay: true };
          }
        }
        const version = inForce;
        if (!version) throw new AppError('PROCEDURE_NOT_IN_FORCE');
        const definition = version.definition;
        const who = await applicantFor(tx, actor, input);
        const unitId = await competentUnit(tx, definition, input.competentUnitId, input.submit);
        const parts = await partRows(tx, actor, definition, input.parts, who.applicant.personalId);
        const now = ctx.clock();
        if (input.submit)
          assertComplete(definition, version.id, input.formData, new Set(parts.map((p) => p.partCode)));
        const row = await store.insertDossier(tx, {
          id: newId(),
          procedureId: input.procedureId,
          procedureVersionId: version.id,
          state: 'draft',
          channel: who.channel,
          onlineLevel: definition.onlineLevel,
          applicantPersonalId: who.applicant.personalId,
          applicant: who.applicant,
          filedBy: actor.id,
          filedAtUnitId: who.filedAtUnitId,
          competentUnitId: unitId,
          formData: input.formData,
          prefillSources: prefillSourcesOf(definition, who.record, input.formData),
          idempotencyKey: key ?? null,
          feeTotal: feeTotal(definition),
          digitised: true,
          draftExpiresAt: new Date(now.getTime() + DRAFT_DAYS * DAY_MS),
        });
        await store.replaceParts(tx, row.id, parts);
        if (!input.submit) {
          await recordAudit(tx, actor, origin, {
            action: 'dossier.draft-saved',
            subject: { type: 'dossier', id: row.id },
          });
          return { row, replay: false };
        }
        const submitted = await ctx.record(tx, actor, origin, row, {
          action: 'submit',
          from: 'draft',
          to: 'submitted',
          patch: { submittedAt: now, draftExpiresAt: null },
          notice: {
            subject: 'Hồ sơ đã được nộp',
            body: `Hồ sơ "${definition.name}" đã được nộp lúc ${viTime(now)} và đang chờ tiếp nhận.`,
          },
        });
        return { row: submitted, replay: false };
      });
    try {
      return await attempt();
    } catch (error) {
      // Two retries with the same key raced: the other one won; answer with its dossier.
      if (key && isUniqueViolation(error)) return attempt();
      throw error;
    }
  }

  async function updateDraft(actor: Actor, origin: AuditOrigin, id: string, input: UpdateDraftInput) {
    await ctx.prepare(id);
    return deps.db.transaction(async (tx) => {
      const row = await store.lockDossier(tx, id);
      if (!row || row.filedBy !== actor.id) throw new AppError('NOT_FOUND');
      if (row.state !== 'draft' && row.state !== 'needs_completion')
        throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
      assertRevision(row, input.revision);
      if (row.draftExpiresAt && row.draftExpiresAt < ctx.clock()) throw new AppError('DRAFT_EXPIRED');
      const version = await ctx.version(row);
      const definition = version.definition;
      const patch: Partial<store.NewDossierRow> = {};
      if (input.competentUnitId !== undefined && row.state === 'draft') {
        patch.competentUnitId = await competentUnit(tx, definition, input.competentUnitId, true);
      }
      if (input.formData !== undefined) {
        patch.formData = input.formData;
        const record = await citizenRecord(tx, { personalId: row.applicantPersonalId });
        patch.prefillSources = prefillSourcesOf(
          definition,
          actor.kind === 'citizen' ? record : undefined,
          input.formData,
        );
      }
      if (input.parts !== undefined) {
        const parts = await partRows(tx, actor, definition, input.parts, row.applicantPersonalId);
        await store.replaceParts(tx, row.id, parts);
      }
      if (row.state === 'draft') patch.draftExpiresAt = new Date(ctx.clock().getTime() + DRAFT_DAYS * DAY_MS);
      const updated = await store.updateDossier(tx, row.id, patch, ctx.clock());
      await recordAudit(tx, actor, origin, {
        action: 'dossier.draft-saved',
        subject: { type: 'dossier', id: row.id },
      });
      return updated;
    });
  }

  async function discard(actor: Actor, origin: AuditOrigin, id: string): Promise<void> {
    await deps.db.transaction(async (tx) => {
      const row = await store.lockDossier(tx, id);
      if (!row || row.filedBy !== actor.id) throw new AppError('NOT_FOUND');
      if (row.state !== 'draft') throw new AppError('DOSSIER_ACTION_NOT_ALLOWED');
      await store.deleteDraft(tx, row.id);
      await recordAudit(tx, actor, origin, {
        action: 'dossier.draft-discarded',
        subject: { type: 'dossier', id },
      });
    });
  }

  /** The checks and columns of a submission of an existing draft (or a completed one). */
  async function submitPatch(db: Db, row: store.DossierRow): Promise<Partial<store.NewDossierRow>> {
    if (row.state === 'draft' && row.draftExpiresAt && row.draftExpiresAt < ctx.clock()) {
      throw new AppError('DRAFT_EXPIRED');
    }
    const version = await ctx.version(row);
    const definition = version.definition;
    if (version.validTo && version.validTo <= ctx.today()) {
      throw new AppError(
        'PROCEDURE_NOT_IN_FORCE',
        'Phiên bản thủ tục của bản nháp này đã hết hiệu lực. Vui lòng lập hồ sơ mới theo quy định hiện hành.',
      );
    }
    if (definition.routing.kind === 'commune') {
      const unitId = row.competentUnitId ?? '';
      const unit = row.competentUnitId
        ? (await unitDetails(db, [unitId], ctx.today())).get(unitId)
        : undefined;
      if (unit?.level !== 'commune') {
        throw new AppError(
          'VALIDATION_FAILED',
          undefined,
          fieldErrors('body.competentUnitId', 'Chọn xã, phường giải quyết hồ sơ'),
        );
      }
    }
    const parts = await store.listParts(db, row.id);
    assertComplete(definition, version.id, row.formData, new Set(parts.map((part) => part.partCode)));
    return { submittedAt: ctx.clock(), draftExpiresAt: null };
  }

  return { create, updateDraft, discard, submitPatch, partRows, assertComplete, newKey: randomUUID };
}

export type Filing = ReturnType<typeof createFiling>;
