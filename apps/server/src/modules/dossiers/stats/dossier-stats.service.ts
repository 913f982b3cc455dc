import type { DossierStats, DossierStatsQuery, DossierStatsRow } from '@lienthong/contracts';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor.ts';
import { type UnitScope, unitScope } from '../../../platform/auth/scope.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import {
  createOrgUnitsService,
  orgUnits,
  scopeSql,
  todayInVietnam,
  unitDetails,
  unitInScope,
  unitNames,
} from '../../org/index.ts';
import {
  BEFORE,
  COUNT_NAMES,
  countDossiers,
  countDossiersByMonth,
  emptyCounts,
  type KeyedCounts,
  type MonthBucket,
  type StatsCounts,
  type StatsPeriod,
} from './dossier-stats.store.ts';
import { computeServiceScore, type ScoreExtras } from './service-score.ts';

export type DossierStatsService = ReturnType<typeof createDossierStatsService>;

const DAY_MS = 86_400_000;
/** The longest period one request may cover (5 years): 60 month rows at most. */
const MAX_PERIOD_DAYS = 5 * 366;

/** [from 00:00, the day after `to` 00:00) in Việt Nam (UTC+7 all year), and now capped at its end. */
export function periodOf(from: string, to: string, now: Date): StatsPeriod {
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + DAY_MS);
  return { start, end, asOf: new Date(Math.min(end.getTime(), now.getTime())) };
}

/** The months 'YYYY-MM' from the month of `from` to the month of `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

const monthLabel = (key: string) => `Tháng ${key.slice(5, 7)}/${key.slice(0, 4)}`;

function addCounts(into: StatsCounts, add: StatsCounts): void {
  for (const name of COUNT_NAMES) into[name] += add[name];
}

const PUBLISHED = COUNT_NAMES.filter(
  (name): name is Exclude<(typeof COUNT_NAMES)[number], keyof ScoreExtras> =>
    !['catalogueComplete', 'trackable', 'results', 'resultsElectronic'].includes(name),
);

function present(key: string, label: string, counts: StatsCounts): DossierStatsRow {
  const row = { key, label } as DossierStatsRow;
  for (const name of PUBLISHED) row[name] = counts[name];
  return row;
}

/**
 * Month rows from the month buckets: flows in the month of receipt, end and rating; pending and
 * pending late carried forward from before the period (+ on receipt / on becoming late, − at the end).
 */
export function foldMonths(
  months: readonly string[],
  buckets: readonly MonthBucket[],
): Map<string, StatsCounts> {
  const rows = new Map(months.map((month) => [month, emptyCounts()]));
  const pending = new Map<string, number>();
  const late = new Map<string, number>();
  const bump = (deltas: Map<string, number>, month: string, by: number) =>
    deltas.set(month, (deltas.get(month) ?? 0) + by);
  for (const b of buckets) {
    const received = b.receivedMonth ? rows.get(b.receivedMonth) : undefined;
    if (received) {
      received.received += b.n;
      for (const name of [
        'online',
        'fullProcess',
        'digitised',
        'withFees',
        'paidOnline',
        'catalogueComplete',
        'trackable',
      ] as const) {
        received[name] += b[name];
      }
    }
    const ended = b.endedMonth ? rows.get(b.endedMonth) : undefined;
    if (ended) {
      ended.resolved += b.n;
      for (const name of ['resolvedOnTime', 'resolvedLate', 'results', 'resultsElectronic'] as const) {
        ended[name] += b[name];
      }
    }
    const rated = b.ratedMonth ? rows.get(b.ratedMonth) : undefined;
    if (rated) {
      for (const name of ['rated', 'ratingSum', 'satisfied'] as const) rated[name] += b[name];
    }
    if (b.receivedMonth) bump(pending, b.receivedMonth, b.n);
    if (b.endedMonth) bump(pending, b.endedMonth, -b.n);
    if (b.lateMonth) {
      bump(late, b.lateMonth, b.n);
      if (b.endedMonth) bump(late, b.endedMonth, -b.n);
    }
  }
  let pendingNow = pending.get(BEFORE) ?? 0;
  let lateNow = late.get(BEFORE) ?? 0;
  for (const [month, row] of rows) {
    pendingNow += pending.get(month) ?? 0;
    lateNow += late.get(month) ?? 0;
    row.pending = pendingNow;
    row.pendingLate = lateNow;
  }
  return rows;
}

/**
 * "The dossier's competent unit is in scope (and under `unitId`)" as SQL over `d`: the units are
 * listed once (an array the planner sees as one index condition), not matched row by row.
 */
function competentUnitWithin(scope: UnitScope, unitId: string | undefined, asOf: string): SQL {
  if (scope.kind === 'all' && !unitId) return sql`true`;
  const unit = sql`u.id`;
  const conditions = and(
    scopeSql(unit, scope, asOf),
    unitId ? scopeSql(unit, { kind: 'units', unitIds: [], subtreeIds: [unitId] }, asOf) : undefined,
  );
  return sql`d.competent_unit_id = any(array(select ${unit} from ${orgUnits} u where ${conditions}))`;
}

export function createDossierStatsService(db: Db, now: () => Date = () => new Date()) {
  const orgUnits = createOrgUnitsService(db);

  /** The direct sub-units of `unitId` today (every page). */
  async function childrenOf(unitId: string, asOf: string) {
    const children: { id: string; name: string; block: string }[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await orgUnits.listUnits({ parentId: unitId, asOf, limit: 200, offset });
      children.push(...page.items);
      if (page.items.length < 200 || offset + 200 >= page.total) return children;
    }
  }

  /** Each unit → the direct sub-unit of `parentId` it lies under (walking up the parents). */
  async function groupUnder(parentId: string, unitIds: readonly string[], asOf: string) {
    const groups = new Map<string, string>();
    let pending = new Map<string, string[]>();
    for (const id of unitIds) {
      if (id === parentId) groups.set(id, parentId);
      else pending.set(id, [id]);
    }
    for (let depth = 0; depth < 16 && pending.size > 0; depth++) {
      const details = await unitDetails(db, [...pending.keys()], asOf);
      const next = new Map<string, string[]>();
      for (const [id, originals] of pending) {
        const parent = details.get(id)?.parentId;
        if (parent === parentId) for (const original of originals) groups.set(original, id);
        else if (parent) next.set(parent, [...(next.get(parent) ?? []), ...originals]);
      }
      pending = next;
    }
    return groups;
  }

  async function unitRows(rows: KeyedCounts[], unitId: string | undefined, asOf: string) {
    if (!unitId) {
      const names = await unitNames(
        db,
        rows.map((row) => row.key),
        asOf,
      );
      return rows.map((row) => present(row.key, names.get(row.key) ?? 'Đơn vị không còn hiệu lực', row));
    }
    const children = await childrenOf(unitId, asOf);
    const groups = await groupUnder(
      unitId,
      rows.map((row) => row.key),
      asOf,
    );
    const totals = new Map<string, StatsCounts>();
    // Government bodies and communes show even without dossiers; other sub-units only with some.
    for (const child of children) if (child.block === 'government') totals.set(child.id, emptyCounts());
    for (const row of rows) {
      const group = groups.get(row.key);
      if (!group) continue;
      const into = totals.get(group) ?? emptyCounts();
      addCounts(into, row);
      totals.set(group, into);
    }
    const names = await unitNames(db, [...totals.keys()], asOf);
    return [...totals]
      .map(([key, counts]) => present(key, names.get(key) ?? 'Đơn vị không còn hiệu lực', counts))
      .sort((a, b) => (a.key === unitId ? -1 : b.key === unitId ? 1 : a.label.localeCompare(b.label, 'vi')));
  }

  async function getStats(actor: Actor, query: DossierStatsQuery): Promise<DossierStats> {
    const { from, to, unitId, groupBy } = query;
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
    if (days < 0 || days > MAX_PERIOD_DAYS) {
      const message = days < 0 ? 'Ngày cuối phải từ ngày đầu trở đi.' : 'Mỗi lần thống kê tối đa 5 năm.';
      throw new AppError('VALIDATION_FAILED', message, [{ path: 'query.to', message }]);
    }
    const today = todayInVietnam();
    const scope: UnitScope = unitScope(actor, 'dossier.stats');
    if (unitId) {
      const known = (await unitNames(db, [unitId], today)).has(unitId);
      if (!known || !(await unitInScope(db, unitId, scope, today))) {
        throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
      }
    }
    const within = competentUnitWithin(scope, unitId, today);
    const period = periodOf(from, to, now());

    let rows: DossierStatsRow[] = [];
    const totals = emptyCounts();
    if (groupBy === 'month') {
      const folded = foldMonths(monthsBetween(from, to), await countDossiersByMonth(db, within, period));
      let last: StatsCounts | undefined;
      for (const [month, counts] of folded) {
        rows.push(present(month, monthLabel(month), counts));
        addCounts(totals, counts);
        last = counts;
      }
      totals.pending = last?.pending ?? 0;
      totals.pendingLate = last?.pendingLate ?? 0;
    } else {
      const counted = await countDossiers(db, within, period, groupBy ?? 'none');
      for (const row of counted) addCounts(totals, row);
      if (groupBy === 'unit') rows = await unitRows(counted, unitId, today);
      if (groupBy === 'procedure') {
        rows = counted
          .map((row) => present(row.key, row.label ?? row.key, row))
          .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
      }
    }
    return {
      from,
      to,
      totals: present('total', 'Tổng cộng', totals),
      rows,
      score: computeServiceScore(present('total', 'Tổng cộng', totals), totals),
    };
  }

  return { getStats };
}
