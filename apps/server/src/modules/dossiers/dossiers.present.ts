import {
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  type DossierAction,
  type DossierEventView,
  type DossierState,
  type DossierSummary,
  type DossierView,
} from '@lienthong/contracts';
import type { WorkingCalendar } from '@lienthong/vn';
import { isDueSoon, isLate } from './deadline/dossier-deadline.ts';
import { allowedActions, type Duty, PROCESSING_ENDED } from './dossier-machine.ts';
import type { ProcedureVersion } from './dossiers.ports.ts';
import type { DossierEventRow, DossierRow, PartWithFile } from './dossiers.store.ts';

/** Rows → API views. Names (units, officials) are looked up by the caller and passed in. */

export type Names = { units: Map<string, string>; people: Map<string, string> };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** History entries that are not state-machine actions. */
const EVENT_LABELS: Record<string, string> = {
  pay: 'Thanh toán phí, lệ phí',
  rate: 'Đánh giá mức độ hài lòng',
  deadline_warning: 'Cảnh báo thời hạn',
};

/** When processing ended (the clock stopped for good), or null while it runs. */
export function endedAt(row: DossierRow): Date | null {
  if (!PROCESSING_ENDED.includes(row.state as DossierState)) return null;
  return row.resultReadyAt ?? row.decidedAt ?? row.updatedAt;
}

export function presentSummary(
  row: DossierRow,
  version: ProcedureVersion,
  names: Names,
  now: Date,
  cal: WorkingCalendar,
): DossierSummary {
  const running = row.receivedAt !== null && endedAt(row) === null && row.pausedSince === null;
  return {
    id: row.id,
    code: row.code,
    state: row.state as DossierState,
    stateLabel: DOSSIER_STATES[row.state as DossierState],
    procedure: { id: row.procedureId, code: version.definition.code, name: version.definition.name },
    applicantName: row.applicant.fullName,
    competentUnit: {
      id: row.competentUnitId ?? '00000000-0000-0000-0000-000000000000',
      name: row.competentUnitId ? (names.units.get(row.competentUnitId) ?? '') : 'Chưa chọn nơi giải quyết',
    },
    channel: row.channel,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    late: row.receivedAt !== null && row.pausedSince === null && isLate(row.dueAt, endedAt(row), now),
    dueSoon: running && isDueSoon(row.dueAt, now, cal),
    assigneeName: row.assigneeId ? (names.people.get(row.assigneeId) ?? null) : null,
    revision: row.revision,
  };
}

export function presentEvent(row: DossierEventRow, names: Names): DossierEventView {
  return {
    seq: row.seq,
    action: row.action,
    actionLabel: DOSSIER_ACTIONS[row.action as DossierAction] ?? EVENT_LABELS[row.action] ?? row.action,
    fromState: (row.fromState as DossierState | null) ?? null,
    toState: row.toState as DossierState,
    actorName: row.actorName,
    unitName: row.actorUnitId ? (names.units.get(row.actorUnitId) ?? null) : null,
    at: row.at.toISOString(),
    note: row.note,
    data: row.data,
  };
}

export function presentDossier(
  row: DossierRow,
  version: ProcedureVersion,
  detail: { parts: PartWithFile[]; events: DossierEventRow[]; duties: Set<Duty>; isApplicant: boolean },
  names: Names,
  now: Date,
  cal: WorkingCalendar,
  verifyBase: string,
): DossierView {
  const definition = version.definition;
  const partNames = new Map(definition.parts.map((part) => [part.code, part.name]));
  const step = row.currentStep !== null ? definition.steps[row.currentStep] : undefined;
  const showSecret = detail.isApplicant || detail.duties.size > 0;
  const resultVisible =
    row.resultFileId !== null &&
    (!detail.isApplicant || ['result_ready', 'delivered', 'archived'].includes(row.state));
  const actions = allowedActions(row.state as DossierState, detail.duties);
  return {
    ...presentSummary(row, version, names, now, cal),
    procedureVersion: version.version,
    procedureVersionId: version.id,
    applicant: { ...row.applicant, kind: row.applicant.kind },
    formData: row.formData,
    prefillSources: row.prefillSources,
    parts: detail.parts.map((part) => ({
      partCode: part.partCode,
      name: partNames.get(part.partCode) ?? part.partCode,
      source: part.source,
      walletItemId: part.walletItemId,
      file: { ...part.file, createdAt: part.file.createdAt.toISOString() },
    })),
    currentStep:
      step && row.currentStep !== null
        ? {
            index: row.currentStep,
            code: step.code,
            name: step.name,
            role: step.role,
            dueAt: iso(row.stepDueAt),
          }
        : null,
    promisedAt: iso(row.promisedAt),
    paused: row.pausedSince !== null,
    feeTotal: row.feeTotal,
    paidAt: iso(row.paidAt),
    result: resultVisible
      ? {
          fileId: row.resultFileId as string,
          fileName: `ket-qua-${row.code ?? row.id}.pdf`,
          signatureCode: row.resultSignatureCode,
          verifyUrl: row.resultSignatureCode ? `${verifyBase}/xac-thuc?ma=${row.resultSignatureCode}` : null,
        }
      : null,
    deliveryMethod: row.deliveryMethod,
    rating: row.rating,
    trackingSecret: showSecret ? row.trackingSecret : null,
    draftExpiresAt: iso(row.draftExpiresAt),
    allowedActions: actions,
    history: detail.events.map((event) => presentEvent(event, names)),
  };
}
