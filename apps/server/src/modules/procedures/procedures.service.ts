import {
  type FieldError,
  type ImportSummary,
  type ProcedureCatalogue,
  type ProcedureDefinition,
  type ProcedureList,
  type ProcedureListQuery,
  type ProcedureRouting,
  type ProcedureVersionSummary,
  type ProcedureView,
  PublishProcedureInput,
} from '@lienthong/contracts';
import { toLocalDate, toSearchKey } from '@lienthong/vn';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import { validateFormData } from './form-schema.ts';
import { checkDefinition } from './procedure-rules.ts';
import * as store from './procedures.store.ts';
import { buildCatalogueWorkbook, type ImportRow, type ImportRowError } from './procedures-xlsx.ts';
import { describeIssues } from './zod-messages.ts';

/** One version of a procedure: what the dossiers module keeps a reference to. */
export type ProcedureVersionRow = {
  id: string;
  procedureId: string;
  version: number;
  validFrom: string;
  validTo: string | null;
  definition: ProcedureDefinition;
};

export type ImportOptions = { dryRun: boolean; mode: 'all' | 'valid' };

type PublishOutcome = { outcome: 'created' | 'updated' | 'unchanged'; version: store.VersionRow };

export type ProceduresService = ReturnType<typeof createProceduresService>;

/** JSON with sorted keys: two definitions are the same when this is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

function toVersionRow(row: store.VersionRow): ProcedureVersionRow {
  return {
    id: row.id,
    procedureId: row.procedureId,
    version: row.version,
    validFrom: row.validFrom,
    validTo: row.validTo,
    definition: row.definition,
  };
}

function present(row: store.VersionRow): ProcedureView {
  return {
    id: row.procedureId,
    version: row.version,
    versionId: row.id,
    validFrom: row.validFrom,
    validTo: row.validTo,
    definition: row.definition,
    createdAt: row.createdAt.toISOString(),
  };
}

export function agencyNameOf(routing: ProcedureRouting): string {
  return routing.kind === 'unit' ? routing.unitName : routing.agencyName;
}

function factsOf(definition: ProcedureDefinition): store.ProcedureFacts {
  return {
    name: definition.name,
    field: definition.field,
    level: definition.level,
    onlineLevel: definition.onlineLevel,
    searchKey: toSearchKey(`${definition.code} ${definition.name} ${definition.field}`),
  };
}

function conflictDetail(code: string, validFrom: string, current: string): string {
  return `Thủ tục ${code}: ngày hiệu lực của phiên bản mới (${validFrom}) phải sau ngày hiệu lực của phiên bản hiện hành (${current}).`;
}

class Rollback extends Error {}

export function createProceduresService(deps: { db: Db; clock?: () => Date }) {
  const { db } = deps;
  const clock = deps.clock ?? (() => new Date());
  const today = () => toLocalDate(clock());

  /** Creates the procedure, adds a version, or finds the same definition already there. */
  async function applyPublish(tx: Db, actor: Actor, input: PublishProcedureInput): Promise<PublishOutcome> {
    const { definition, validFrom } = input;
    await store.lockCode(tx, definition.code);
    const procedure = await store.findProcedureByCode(tx, definition.code);
    if (!procedure) {
      const id = newId();
      await store.insertProcedure(tx, { id, code: definition.code, ...factsOf(definition) });
      const version = await store.insertVersion(tx, {
        id: newId(),
        procedureId: id,
        version: 1,
        validFrom,
        validTo: null,
        definition,
        createdBy: actor.id,
      });
      return { outcome: 'created', version };
    }
    const versions = await store.findVersions(tx, procedure.id);
    const latest = versions[0];
    if (!latest) throw new Error(`procedure ${procedure.id} has no version`);
    const key = canonical(definition);
    if (canonical(latest.definition) === key) return { outcome: 'unchanged', version: latest };
    const same = versions.find((row) => row.validFrom === validFrom && canonical(row.definition) === key);
    if (same) return { outcome: 'unchanged', version: same };
    if (validFrom <= latest.validFrom) {
      throw new AppError(
        'PROCEDURE_VERSION_CONFLICT',
        conflictDetail(definition.code, validFrom, latest.validFrom),
        [{ path: 'validFrom', message: `Phải sau ngày ${latest.validFrom}` }],
      );
    }
    await store.closeVersion(tx, latest.id, validFrom);
    const version = await store.insertVersion(tx, {
      id: newId(),
      procedureId: procedure.id,
      version: latest.version + 1,
      validFrom,
      validTo: null,
      definition,
      createdBy: actor.id,
    });
    await store.updateProcedureFacts(tx, procedure.id, factsOf(definition));
    return { outcome: 'updated', version };
  }

  /** Publishes a definition (POST /procedures): a new procedure, a new version, or unchanged. */
  async function publish(
    actor: Actor,
    origin: AuditOrigin,
    input: PublishProcedureInput,
  ): Promise<{ outcome: PublishOutcome['outcome']; view: ProcedureView }> {
    const errors = checkDefinition(input.definition);
    if (errors.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        undefined,
        errors.map((error) => ({ ...error, path: `body.${error.path}` })),
      );
    }
    try {
      return await db.transaction(async (tx) => {
        const result = await applyPublish(tx, actor, input);
        if (result.outcome !== 'unchanged') {
          await recordAudit(tx, actor, origin, {
            action: 'procedure.published',
            subject: { type: 'procedure', id: result.version.procedureId },
            details: {
              code: input.definition.code,
              version: result.version.version,
              versionId: result.version.id,
              validFrom: input.validFrom,
            },
          });
        }
        return { outcome: result.outcome, view: present(result.version) };
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'PROCEDURE_VERSION_CONFLICT') {
        throw new AppError(
          error.code,
          error.message,
          error.errors?.map((item) => ({ ...item, path: `body.${item.path}` })),
        );
      }
      throw error;
    }
  }

  /**
   * Imports catalogue rows in one transaction. mode 'all': nothing is written when a row fails;
   * 'valid': the valid rows are written. dryRun: every row is applied, then rolled back.
   */
  async function importRows(
    actor: Actor,
    origin: AuditOrigin,
    rows: ImportRow[],
    options: ImportOptions,
    /** Rows already refused by the reader (unreadable JSON in a workbook). */
    refused: ImportRowError[] = [],
  ): Promise<ImportSummary> {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const errors: ImportSummary['errors'] = [...refused];
    let written = false;
    try {
      await db.transaction(async (tx) => {
        for (const { row, value } of rows) {
          const parsed = PublishProcedureInput.safeParse(value);
          if (!parsed.success) {
            errors.push({ row, code: 'VALIDATION_FAILED', message: describeIssues(parsed.error.issues) });
            continue;
          }
          const problems = checkDefinition(parsed.data.definition);
          if (problems.length > 0) {
            errors.push({ row, code: 'VALIDATION_FAILED', message: describeFieldErrors(problems) });
            continue;
          }
          try {
            counts[(await applyPublish(tx, actor, parsed.data)).outcome] += 1;
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'PROCEDURE_VERSION_CONFLICT') throw error;
            errors.push({ row, code: error.code, message: error.message });
          }
        }
        if (options.dryRun || (options.mode === 'all' && errors.length > 0)) throw new Rollback();
        if (counts.created + counts.updated > 0) {
          await recordAudit(tx, actor, origin, {
            action: 'procedure.imported',
            subject: { type: 'procedure_catalogue', id: 'catalogue' },
            details: { ...counts, rejected: errors.length, mode: options.mode },
          });
        }
        written = true;
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    const reported = written || options.dryRun ? counts : { created: 0, updated: 0, unchanged: 0 };
    return { dryRun: options.dryRun, ...reported, errors: errors.sort((a, b) => a.row - b.row) };
  }

  async function versionInForce(procedureId: string, day: string): Promise<ProcedureVersionRow | null> {
    const row = await store.findVersionInForce(db, procedureId, day);
    return row ? toVersionRow(row) : null;
  }

  async function getVersion(versionId: string): Promise<ProcedureVersionRow | null> {
    const row = await store.findVersion(db, versionId);
    return row ? toVersionRow(row) : null;
  }

  /** The version in force today (public page of a procedure); 404 when none is. */
  async function get(procedureId: string): Promise<ProcedureView> {
    const row = await store.findVersionInForce(db, procedureId, today());
    if (!row) throw new AppError('NOT_FOUND');
    return present(row);
  }

  async function getVersionView(versionId: string): Promise<ProcedureView> {
    const row = await store.findVersion(db, versionId);
    if (!row) throw new AppError('NOT_FOUND');
    return present(row);
  }

  async function listVersions(procedureId: string): Promise<ProcedureVersionSummary[]> {
    const rows = await store.findVersions(db, procedureId);
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    return rows.map((row) => ({
      versionId: row.id,
      version: row.version,
      validFrom: row.validFrom,
      validTo: row.validTo,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  /** The public catalogue: procedures in force today, accent-insensitive search, filters, a page. */
  async function list(query: ProcedureListQuery): Promise<ProcedureList> {
    const day = today();
    const terms = query.q ? toSearchKey(query.q).split(' ').filter(Boolean).slice(0, 8) : [];
    const [rows, fields] = await Promise.all([
      store.listCatalogue(
        db,
        { day, terms, field: query.field, level: query.level, onlineLevel: query.onlineLevel },
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      ),
      store.listCatalogueFields(db, day),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        field: row.field,
        level: row.level,
        onlineLevel: row.onlineLevel,
        agencyName: agencyNameOf(row.routing),
        timeLimitDays: Number(row.timeLimitDays),
        feeTotal: Number(row.feeTotal),
        version: row.version,
      })),
      total: rows[0]?.total ?? 0,
      fields: fields.sort((a, b) => a.localeCompare(b, 'vi')),
    };
  }

  /** id → code and name (the dossiers module's lists). */
  async function summariesByIds(ids: string[]): Promise<Map<string, { code: string; name: string }>> {
    const rows = await store.findNamesByIds(db, [...new Set(ids)]);
    return new Map(rows.map((row) => [row.id, { code: row.code, name: row.name }]));
  }

  /** The versions in force today and those scheduled later, as exchanged (re-imports unchanged). */
  async function exportCatalogue(): Promise<ProcedureCatalogue> {
    const rows = await store.findCurrentAndLaterVersions(db, today());
    return {
      format: 'lienthong.procedures/v1',
      exportedAt: clock().toISOString(),
      procedures: rows.map((row) => ({ validFrom: row.validFrom, definition: row.definition })),
    };
  }

  async function exportWorkbook(): Promise<Buffer> {
    return buildCatalogueWorkbook((await exportCatalogue()).procedures);
  }

  return {
    publish,
    importRows,
    versionInForce,
    getVersion,
    get,
    getVersionView,
    listVersions,
    list,
    summariesByIds,
    exportCatalogue,
    exportWorkbook,
    today,
    /** The pure validator, here too so that the service alone satisfies the dossiers module's port. */
    validateFormData,
  };
}

function describeFieldErrors(errors: FieldError[]): string {
  return errors.map((error) => `${error.path}: ${error.message}`).join('; ');
}
