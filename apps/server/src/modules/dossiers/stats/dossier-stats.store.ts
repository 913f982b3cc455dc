import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/index.ts';

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
/** A procedure version whose public entry is complete: legal basis, parts, fees, time limit, description. */
const nonEmptyArray = (
  path: string,
) => sql`(case when jsonb_typeof(pv.definition->${sql.raw(`'${path}'`)}) = 'array'
  then jsonb_array_length(pv.definition->${sql.raw(`'${path}'`)}) > 0 else false end)`;
const CATALOGUE_COMPLETE = sql`(${nonEmptyArray('legalBasis')} and ${nonEmptyArray('parts')}
  and jsonb_typeof(pv.definition->'fees') = 'array'
  and pv.definition->'timeLimitDays' is not null
  and length(coalesce(pv.definition->>'description', '')) > 0)`;
/** Filed online under a full-process version (the level is copied onto the dossier from its version). */
const FULL_PROCESS = sql`(d.channel = 'online' and d.online_level = 'full')`;

/** Conditions of each count over one dossier `d` (its procedure version `pv`). */
function conditions(period: StatsPeriod): Record<Exclude<keyof StatsCounts, 'ratingSum'>, SQL> {
  const received = sql`(d.received_at >= ${ts(period.start)} and d.received_at < ${ts(period.end)})`;
  const resolved = sql`(${ENDED} and ${ENDED_AT} >= ${ts(period.start)} and ${ENDED_AT} < ${ts(period.end)})`;
  const pending = sql`(d.received_at < ${ts(period.asOf)} and not (${ENDED} and ${ENDED_AT} < ${ts(period.asOf)}))`;
  const rated = sql`(d.rating is not null and d.rated_at >= ${ts(period.start)} and d.rated_at < ${ts(period.end)})`;
  const withFees = sql`(${received} and d.fee_total > 0)`;
  const results = sql`(${resolved} and d.result_ready_at is not null)`;
  return {
    received,
    resolved,
    resolvedOnTime: sql`(${resolved} and d.on_time)`,
    resolvedLate: sql`(${resolved} and not d.on_time)`,
    pending,
    pendingLate: sql`(${pending} and d.due_at < ${ts(period.asOf)})`,
    online: sql`(${received} and d.channel = 'online')`,
    fullProcess: sql`(${received} and ${FULL_PROCESS})`,
    digitised: sql`(${received} and d.digitised)`,
    paidOnline: sql`(${withFees} and d.paid_online)`,
    withFees,
    rated,
    satisfied: sql`(${rated} and d.rating >= 4)`,
    catalogueComplete: sql`(${received} and ${CATALOGUE_COMPLETE})`,
    trackable: sql`(${received} and d.code is not null and d.tracking_secret is not null)`,
    results,
    resultsElectronic: sql`(${results} and d.result_file_id is not null)`,
  };
}

function aggregates(period: StatsPeriod): SQL {
  const parts = Object.entries(conditions(period)).map(
    ([name, condition]) => sql`count(*) filter (where ${condition})::int as ${sql.identifier(name)}`,
  );
  parts.push(sql`coalesce(sum(d.rating) filter (where ${conditions(period).rated}), 0)::int as "ratingSum"`);
  return sql.join(parts, sql`, `);
}

export type StatsKey = 'none' | 'unit' | 'procedure';

/**
 * The counts of the dossiers `within` (SQL over `d`), per competent unit, per procedure (with its
 * name) or in total, in one scan. Only dossiers received before the end can count.
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
  const label = key === 'procedure' ? sql`max(p.name)` : sql`null::text`;
  const result = await db.execute<KeyedCounts>(sql`
    select ${keyColumn} as key, ${label} as label, ${aggregates(period)}
    from dossiers d
    left join procedure_versions pv on pv.id = d.procedure_version_id
    ${key === 'procedure' ? sql`left join procedures p on p.id = d.procedure_id` : sql``}
    where d.received_at < ${ts(period.end)} and ${within}
    ${key === 'none' ? sql`` : sql`group by 1`}`);
  return result.rows;
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
  const month = (at: SQL, until: Date) => sql`case
    when ${at} is null or ${at} >= ${ts(until)} then null
    when ${at} < ${ts(period.start)} then ${BEFORE}
    else to_char(${at} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') end`;
  const lateFrom = sql`greatest(d.received_at, d.due_at)`;
  const result = await db.execute<MonthBucket>(sql`
    select
      ${month(sql`d.received_at`, period.end)} as "receivedMonth",
      ${month(sql`(case when ${ENDED} then ${ENDED_AT} end)`, period.end)} as "endedMonth",
      ${month(sql`(case when d.rating is not null then d.rated_at end)`, period.end)} as "ratedMonth",
      ${month(
        sql`(case when d.due_at is not null
          and not (${ENDED} and ${ENDED_AT} <= ${lateFrom}) then ${lateFrom} end)`,
        period.asOf,
      )} as "lateMonth",
      count(*)::int as n,
      count(*) filter (where ${ENDED} and d.on_time)::int as "resolvedOnTime",
      count(*) filter (where ${ENDED} and not d.on_time)::int as "resolvedLate",
      count(*) filter (where d.channel = 'online')::int as online,
      count(*) filter (where ${FULL_PROCESS})::int as "fullProcess",
      count(*) filter (where d.digitised)::int as digitised,
      count(*) filter (where d.fee_total > 0 and d.paid_online)::int as "paidOnline",
      count(*) filter (where d.fee_total > 0)::int as "withFees",
      count(*) filter (where d.rating is not null)::int as rated,
      coalesce(sum(d.rating), 0)::int as "ratingSum",
      count(*) filter (where d.rating >= 4)::int as satisfied,
      count(*) filter (where ${CATALOGUE_COMPLETE})::int as "catalogueComplete",
      count(*) filter (where d.code is not null and d.tracking_secret is not null)::int as trackable,
      count(*) filter (where ${ENDED} and d.result_ready_at is not null)::int as results,
      count(*) filter (where ${ENDED} and d.result_ready_at is not null
        and d.result_file_id is not null)::int as "resultsElectronic"
    from dossiers d
    left join procedure_versions pv on pv.id = d.procedure_version_id
    where d.received_at < ${ts(period.end)} and ${within}
      and not (${ENDED} and ${ENDED_AT} < ${ts(period.start)}
        and (d.rated_at is null or d.rated_at < ${ts(period.start)}))
    group by 1, 2, 3, 4`);
  return result.rows;
}
