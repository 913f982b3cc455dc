import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';
import { procedures, procedureVersions } from '../../procedures/index.ts';
import { dossiers } from '../dossiers.schema.ts';

/**
 * SQL only: the statistics of dossiers, read from the projection columns of `dossiers` (kept by
 * the dossiers service in the same transaction as each event of the history). No HTTP, no
 * authorization: the service passes the scope as SQL (`within`, over `d.competent_unit_id`).
 *
 * A dossier counts once received (`received_at`). Its processing has ended when `on_time` is set
 * (result ready, or stopped); it ended at `result_ready_at`, else `decided_at` (a stop).
 */

/** Instants of the period [start, end) and of "now, capped at the end" (pending is counted then). */
export type StatsPeriod = { start: Date; end: Date; asOf: Date };

/** Every count of one row, including those the service score needs beyond the published row. */
export type StatsCounts = {
  received: number;
  resolved: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  pendingLate: number;
  online: number;
  fullProcess: number;
  digitised: number;
  paidOnline: number;
  withFees: number;
  rated: number;
  ratingSum: number;
  satisfied: number;
  catalogueComplete: number;
  trackable: number;
  results: number;
  resultsElectronic: number;
};

export type KeyedCounts = StatsCounts & { key: string; label: string | null };

export const COUNT_NAMES = [
  'received',
  'resolved',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingLate',
  'online',
  'fullProcess',
  'digitised',
  'paidOnline',
  'withFees',
  'rated',
  'ratingSum',
  'satisfied',
  'catalogueComplete',
  'trackable',
  'results',
  'resultsElectronic',
] as const satisfies readonly (keyof StatsCounts)[];

export function emptyCounts(): StatsCounts {
  return Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as StatsCounts;
}

const ts = (at: Date) => sql`${at.toISOString()}::timestamptz`;

const ENDED = sql`(d.on_time is not null)`;
/** When the processing ended (updated_at only if a projection missed both, never expected). */
const ENDED_AT = sql`coalesce(d.result_ready_at, d.decided_at, d.updated_at)`;
const nonEmptyArray = (
  path: string,
) => sql`(case when jsonb_typeof(definition->${sql.raw(`'${path}'`)}) = 'array'
  then jsonb_array_length(definition->${sql.raw(`'${path}'`)}) > 0 else false end)`;
/**
 * Each procedure version with whether its public entry is complete (legal basis, parts, fees,
 * time limit, description), computed once per version (a definition is large: never per dossier).
 */
const VERSIONS = sql`(select id, (${nonEmptyArray('legalBasis')} and ${nonEmptyArray('parts')}
    and jsonb_typeof(definition->'fees') = 'array'
    and definition->'timeLimitDays' is not null
    and length(coalesce(definition->>'description', '')) > 0) as complete
  from ${procedureVersions} offset 0)`;

/**
 * One row per dossier `d` received before the end and `within` the scope, with the facts every
 * count is made of, each computed once: `rcv` received in the period, `res` ended in it, `pnd`
 * pending at `asOf`, `rtd` rated in it (`offset 0` keeps the planner from inlining them again).
 */
function facts(within: SQL, period: StatsPeriod, key: SQL, extra: SQL = sql``): SQL {
  const { start, end, asOf } = period;
  return sql`(select ${key} as key,
      (d.received_at >= ${ts(start)}) as rcv,
      (${ENDED} and ${ENDED_AT} >= ${ts(start)} and ${ENDED_AT} < ${ts(end)}) as res,
      (d.received_at < ${ts(asOf)} and not (${ENDED} and ${ENDED_AT} < ${ts(asOf)})) as pnd,
      (d.rating is not null and d.rated_at >= ${ts(start)} and d.rated_at < ${ts(end)}) as rtd,
      coalesce(d.due_at < ${ts(asOf)}, false) as overdue,
      d.on_time, d.channel = 'online' as onl, d.online_level = 'full' as full, d.digitised,
      d.fee_total > 0 as fee, d.paid_online, d.rating, coalesce(pv.complete, false) as complete,
      (d.code is not null and d.tracking_secret is not null) as trk,
      d.result_ready_at is not null as result, d.result_file_id is not null as file ${extra}
    from ${dossiers} d
    left join ${VERSIONS} pv on pv.id = d.procedure_version_id
    where d.received_at < ${ts(end)} and ${within}
    offset 0) f`;
}

/** The counts over the rows of `facts` (the flows of receipt, end and rating as given). */
function aggregates(flags: { rcv: SQL; res: SQL; rtd: SQL; pnd: SQL; late: SQL }): SQL {
  const { rcv, res, rtd, pnd, late } = flags;
  const counts: Record<Exclude<keyof StatsCounts, 'ratingSum'>, SQL> = {
    received: rcv,
    resolved: res,
    resolvedOnTime: sql`${res} and f.on_time`,
    resolvedLate: sql`${res} and not f.on_time`,
    pending: pnd,
    pendingLate: late,
    online: sql`${rcv} and f.onl`,
    fullProcess: sql`${rcv} and f.onl and f.full`,
    digitised: sql`${rcv} and f.digitised`,
    paidOnline: sql`${rcv} and f.fee and f.paid_online`,
    withFees: sql`${rcv} and f.fee`,
    rated: rtd,
    satisfied: sql`${rtd} and f.rating >= 4`,
    catalogueComplete: sql`${rcv} and f.complete`,
    trackable: sql`${rcv} and f.trk`,
    results: sql`${res} and f.result`,
    resultsElectronic: sql`${res} and f.result and f.file`,
  };
  const parts = Object.entries(counts).map(
    ([name, condition]) => sql`count(*) filter (where ${condition})::int as ${sql.identifier(name)}`,
  );
  parts.push(sql`coalesce(sum(f.rating) filter (where ${rtd}), 0)::int as "ratingSum"`);
  return sql.join(parts, sql`, `);
}

export type StatsKey = 'none' | 'unit' | 'procedure';

/**
 * The counts of the dossiers `within` (SQL over `d`, the dossier), per competent unit, per
 * procedure or in total, in one scan. Only dossiers received before the end can count.
 */
export async function countDossiers(
  db: Db,
  within: SQL,
  period: StatsPeriod,
  key: StatsKey,
): Promise<KeyedCounts[]> {
  const keyColumn =
    key === 'unit'
      ? sql`d.competent_unit_id::text`
      : key === 'procedure'
        ? sql`d.procedure_id::text`
        : sql`'total'`;
  const result = await db.execute<KeyedCounts>(sql`
    select f.key, null::text as label,
      ${aggregates({ rcv: sql`f.rcv`, res: sql`f.res`, rtd: sql`f.rtd`, pnd: sql`f.pnd`, late: sql`f.pnd and f.overdue` })}
    from ${facts(within, period, keyColumn)}
    group by f.key`);
  if (key === 'none' && result.rows.length === 0) return [{ key: 'total', label: null, ...emptyCounts() }];
  if (key !== 'procedure' || result.rows.length === 0) return result.rows;
  const names = await db
    .select({ id: procedures.id, name: procedures.name })
    .from(procedures)
    .where(
      inArray(
        procedures.id,
        result.rows.map((row) => row.key),
      ),
    );
  const byId = new Map(names.map((row) => [row.id, row.name]));
  return result.rows.map((row) => ({ ...row, label: byId.get(row.key) ?? null }));
}

/**
 * Month buckets for `groupBy=month`, in one scan: dossiers grouped by the month (Asia/Ho_Chi_Minh,
 * 'YYYY-MM'; BEFORE for instants before the period, null for none or after it) in which they were
 * received, ended, rated and became late while pending. The service adds the flows per month and
 * carries the pending counts forward (a dossier is pending from receipt to its end, pending late
 * from its due time to its end).
 */
export type MonthBucket = StatsCounts & {
  receivedMonth: string | null;
  endedMonth: string | null;
  ratedMonth: string | null;
  lateMonth: string | null;
  n: number;
};

export const BEFORE = '0000-00';

export async function countDossiersByMonth(db: Db, within: SQL, period: StatsPeriod): Promise<MonthBucket[]> {
  // The month as the first instant of the month (cheaper to group than text), -infinity before the period.
  const month = (at: SQL, until: Date) => sql`case
    when ${at} is null or ${at} >= ${ts(until)} then null
    when ${at} < ${ts(period.start)} then '-infinity'::timestamp
    else date_trunc('month', ${at} at time zone 'Asia/Ho_Chi_Minh') end`;
  const lateFrom = sql`greatest(d.received_at, d.due_at)`;
  const label = (column: string) =>
    sql`case when ${sql.identifier(column)} = '-infinity' then ${BEFORE}
      else to_char(${sql.identifier(column)}, 'YYYY-MM') end as ${sql.identifier(column)}`;
  // Every flag is true in its own month: the service puts each count in the month of its event.
  const all = sql`true`;
  const result = await db.execute<MonthBucket>(sql`
    select ${label('receivedMonth')}, ${label('endedMonth')}, ${label('ratedMonth')}, ${label('lateMonth')},
      n, ${sql.join(
        [...COUNT_NAMES].map((name) => sql`${sql.identifier(name)}`),
        sql`, `,
      )}
    from (
      select "receivedMonth", "endedMonth", "ratedMonth", "lateMonth", count(*)::int as n,
        ${aggregates({ rcv: all, res: sql`f.on_time is not null`, rtd: sql`f.rating is not null`, pnd: all, late: all })}
      from ${facts(
        sql`${within} and not (${ENDED} and ${ENDED_AT} < ${ts(period.start)}
          and (d.rated_at is null or d.rated_at < ${ts(period.start)}))`,
        period,
        sql`null`,
        sql`, ${month(sql`d.received_at`, period.end)} as "receivedMonth",
          ${month(sql`(case when ${ENDED} then ${ENDED_AT} end)`, period.end)} as "endedMonth",
          ${month(sql`(case when d.rating is not null then d.rated_at end)`, period.end)} as "ratedMonth",
          ${month(
            sql`(case when d.due_at is not null
              and not (${ENDED} and ${ENDED_AT} <= ${lateFrom}) then ${lateFrom} end)`,
            period.asOf,
          )} as "lateMonth"`,
      )}
      group by 1, 2, 3, 4) buckets`);
  return result.rows;
}
