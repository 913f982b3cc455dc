import type {
  CalendarDecisionInput,
  CalendarDecisionView,
  CalendarYearView,
  DeadlineInput,
  DeadlineView,
  FieldError,
} from '@lienthong/contracts';
import {
  addWorkingDays,
  addWorkingHours,
  type CalendarOverrides,
  type CalendarYearDecision,
  createWorkingCalendar,
  DEFAULT_CALENDAR_OVERRIDES,
  type DeadlineOptions,
  formatLocalDateTime,
  resolveReceiptDate,
  SAME_DAY_CUTOFF,
  VnError,
  validateCalendarOverrides,
  type WorkingCalendar,
} from '@lienthong/vn';
import { type AuditOrigin, recordAudit } from '../../platform/audit/index.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { newId } from '../../platform/ids.ts';
import {
  type CalendarDecisionRow,
  findDecisionHistory,
  findLatestDecisions,
  insertDecision,
  lockYear,
  readDecisionsStamp,
} from './calendar.store.ts';

export type CalendarService = ReturnType<typeof createCalendarService>;

/** How long a process trusts its cached calendar before checking the database stamp again. */
const STAMP_CHECK_MS = 5000;

function presentRow(row: CalendarDecisionRow): CalendarDecisionView {
  return {
    year: row.year,
    version: row.version,
    daysOff: row.daysOff,
    workingDays: row.workingDays,
    note: row.note,
    source: row.source,
    decidedBy: row.decidedBy,
    decidedAt: row.createdAt.toISOString(),
  };
}

function presentShipped(year: number, decision: CalendarYearDecision): CalendarDecisionView {
  return { year, version: 0, ...decision, decidedBy: null, decidedAt: null };
}

/** `years.2025.daysOff[1]` (the vn validator's path) → `body.daysOff.1` (the request's). */
function toBodyPath(path: string, year: number): string {
  const inner = path.replace(`years.${year}`, '').replace(/\[(\d+)\]/g, '.$1');
  return `body${inner}`;
}

function sameDecision(row: CalendarDecisionRow | undefined, input: CalendarDecisionInput): boolean {
  if (!row) return false;
  return (
    JSON.stringify([row.daysOff, row.workingDays, row.note, row.source]) ===
    JSON.stringify([input.daysOff, input.workingDays, input.note, input.source])
  );
}

export function createCalendarService(db: Db) {
  let cached:
    | { calendar: WorkingCalendar; overrides: CalendarOverrides; stamp: string; checkedAt: number }
    | undefined;

  async function load(): Promise<{ calendar: WorkingCalendar; overrides: CalendarOverrides }> {
    const now = Date.now();
    if (cached && now - cached.checkedAt < STAMP_CHECK_MS) return cached;
    const stamp = await readDecisionsStamp(db);
    if (cached && cached.stamp === stamp) {
      cached.checkedAt = now;
      return cached;
    }
    const rows = await findLatestDecisions(db);
    const years = { ...DEFAULT_CALENDAR_OVERRIDES.years };
    for (const row of rows) {
      years[String(row.year)] = {
        daysOff: row.daysOff,
        workingDays: row.workingDays,
        note: row.note,
        source: row.source,
      };
    }
    const overrides: CalendarOverrides = {
      version: `${DEFAULT_CALENDAR_OVERRIDES.version}+db.${stamp.split(':')[0]}`,
      effectiveFrom: DEFAULT_CALENDAR_OVERRIDES.effectiveFrom,
      years,
    };
    cached = { calendar: createWorkingCalendar(overrides), overrides, stamp, checkedAt: now };
    return cached;
  }

  async function getYearView(year: number): Promise<CalendarYearView> {
    const { calendar } = await load();
    const history = await listHistory(year);
    return {
      year,
      calendarVersion: calendar.version,
      daysOff: calendar.listDaysOff(year),
      workingWeekendDays: calendar.listWorkingWeekendDays(year),
      decision: history[0] ?? null,
    };
  }

  async function listHistory(year: number): Promise<CalendarDecisionView[]> {
    const rows = await findDecisionHistory(db, year);
    const shipped = DEFAULT_CALENDAR_OVERRIDES.years[String(year)];
    return [...rows.map(presentRow), ...(shipped ? [presentShipped(year, shipped)] : [])];
  }

  /** Records a new version of the year's decision; the same content again changes nothing. */
  async function saveDecision(
    actor: Actor,
    origin: AuditOrigin,
    year: number,
    input: CalendarDecisionInput,
  ): Promise<CalendarYearView> {
    const { overrides } = await load();
    const candidate = { ...overrides, years: { ...overrides.years, [String(year)]: input } };
    const validation = validateCalendarOverrides(candidate);
    if (!validation.ok) {
      const errors: FieldError[] = validation.errors.map((issue) => ({
        path: toBodyPath(issue.path, year),
        message: issue.message,
      }));
      throw new AppError('VALIDATION_FAILED', undefined, errors);
    }
    await db.transaction(async (tx) => {
      await lockYear(tx, year);
      const [latest] = await findDecisionHistory(tx, year);
      if (sameDecision(latest, input)) return;
      const version = (latest?.version ?? 0) + 1;
      const row = await insertDecision(tx, {
        id: newId(),
        year,
        version,
        daysOff: input.daysOff,
        workingDays: input.workingDays,
        note: input.note,
        source: input.source,
        decidedBy: actor.id,
      });
      await recordAudit(tx, actor, origin, {
        action: 'calendar.decision.saved',
        subject: { type: 'calendar_year', id: String(year) },
        details: { version, decisionId: row.id },
      });
    });
    cached = undefined;
    return getYearView(year);
  }

  async function computeDeadline(input: DeadlineInput): Promise<DeadlineView> {
    const { calendar } = await load();
    const pauses = input.pauses.map((pause, index) => {
      const from = new Date(pause.from);
      const to = new Date(pause.to);
      if (to < from) {
        throw new AppError('VALIDATION_FAILED', undefined, [
          {
            path: `body.pauses.${index}.to`,
            message: 'Thời điểm kết thúc tạm dừng phải sau thời điểm bắt đầu',
          },
        ]);
      }
      return { from, to };
    });
    const options: DeadlineOptions = {
      calendar,
      pauses,
      ...(input.sameDayCutoff ? { cutoff: SAME_DAY_CUTOFF } : {}),
    };
    const start = new Date(input.start);
    try {
      const due =
        input.workingDays !== undefined
          ? addWorkingDays(start, input.workingDays, options)
          : addWorkingHours(start, input.workingHours ?? 0, options);
      return {
        due: formatLocalDateTime(due),
        receiptDate: resolveReceiptDate(start, options),
        calendarVersion: calendar.version,
      };
    } catch (error) {
      if (error instanceof VnError) {
        throw new AppError('VALIDATION_FAILED', undefined, [{ path: 'body.start', message: error.message }]);
      }
      throw error;
    }
  }

  /** The working calendar with the yearly decisions saved so far (cached; see `load`). */
  async function workingCalendar(): Promise<WorkingCalendar> {
    return (await load()).calendar;
  }

  return { getYearView, listHistory, saveDecision, computeDeadline, workingCalendar };
}
