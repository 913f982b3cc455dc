import pg from 'pg';

/**
 * The city-scale data set for the statistics benchmark: `target` dossiers (default 1,000,000)
 * over the last two years across Hà Nội's communes (85 %) and departments (15 %), inserted by
 * `INSERT … SELECT generate_series` in batches (no row-by-row JS), then ANALYZE. The mix follows
 * Hà Nội's published figures (../shared/RULES.md §3, [verify]): ≈ 97 % filed online, ≈ 98 %
 * digitised, ≈ 74 % of fees paid online; ≈ 95 % resolved on time, 1.5 % stopped, ≈ 30 % of the
 * delivered dossiers rated (70 % five stars). The newest are still pending (some late), and a
 * third of those filed in the last two days wait for receipt. Rows are marked `filed_by =
 * 'bench:seed'`: a second run on the same database only tops up to `target`.
 *
 * Run alone: `node bench/scenarios/one-stop-seed.ts <postgres url> [count]`.
 */

export const SEED_MARK = 'bench:seed';
const BATCH = 100_000;
const DAYS = 730;

type Catalogue = { ids: string[]; versionIds: string[]; levels: string[]; fees: number[]; days: number[] };
export type SeedReport = {
  target: number;
  existing: number;
  inserted: number;
  /** Inserting and building the indexes. */
  seconds: number;
  indexSeconds: number;
  analyzeSeconds: number;
};

/** Units in force today under the root with code 01 (Hà Nội): communes, and departments. */
async function units(client: pg.ClientBase): Promise<{ communes: string[]; departments: string[] }> {
  const result = await client.query<{ unit_id: string; level: string | null; unit_type: string }>(`
    with root as (
      select path from org_unit_versions where code = '01' and parent_id is null
        and valid_from <= current_date and (valid_to is null or valid_to > current_date) limit 1)
    select v.unit_id, v.level, v.unit_type from org_unit_versions v, root
    where v.path <@ root.path and v.valid_from <= current_date and (v.valid_to is null or v.valid_to > current_date)
      and (v.level = 'commune' or v.unit_type = 'department')
    order by v.unit_id`);
  return {
    communes: result.rows.filter((r) => r.level === 'commune').map((r) => r.unit_id),
    departments: result.rows.filter((r) => r.unit_type === 'department').map((r) => r.unit_id),
  };
}

/** The newest version of each catalogue procedure of a level. */
async function catalogue(client: pg.ClientBase, level: 'commune' | 'city'): Promise<Catalogue> {
  const result = await client.query<{ id: string; vid: string; online: string; fee: string; days: string }>(
    `select distinct on (p.id) p.id, v.id as vid, v.definition->>'onlineLevel' as online,
       coalesce((select sum((f->>'amount')::bigint) from jsonb_array_elements(v.definition->'fees') f), 0) as fee,
       coalesce((v.definition->>'timeLimitDays')::numeric, 5) as days
     from procedures p join procedure_versions v on v.procedure_id = p.id
     where p.level = $1 order by p.id, v.version desc`,
    [level],
  );
  return {
    ids: result.rows.map((r) => r.id),
    versionIds: result.rows.map((r) => r.vid),
    levels: result.rows.map((r) => (r.online === 'full' ? 'full' : 'partial')),
    fees: result.rows.map((r) => Number(r.fee)),
    days: result.rows.map((r) => Number(r.days)),
  };
}

/** Stand-in procedures when the catalogue has none of a level (bench databases without the demo catalogue). */
async function ensureCatalogue(client: pg.ClientBase, level: 'commune' | 'city'): Promise<Catalogue> {
  const found = await catalogue(client, level);
  if (found.ids.length > 0) return found;
  const specs = [
    { online: 'full', fee: 0, days: 3 },
    { online: 'full', fee: 8_000, days: 5 },
    { online: 'partial', fee: 50_000, days: 10 },
    { online: 'partial', fee: 100_000, days: 15 },
  ];
  for (const [index, spec] of specs.entries()) {
    const code = `BENCH.${level}.${index + 1}`;
    const name = `Thủ tục đo hiệu năng ${index + 1} (${level === 'commune' ? 'cấp xã' : 'cấp thành phố'})`;
    const definition = {
      code,
      name,
      field: 'Đo hiệu năng',
      level,
      routing:
        level === 'commune'
          ? { kind: 'commune', agencyName: 'Ủy ban nhân dân cấp xã' }
          : { kind: 'unit', unitName: 'Sở Tư pháp', agencyCode: 'STP' },
      onlineLevel: spec.online,
      parts: [{ code: 'to-khai', name: 'Tờ khai', required: true, walletKinds: [] }],
      form: {
        schema: { type: 'object', properties: {} },
        uiSchema: {},
        groups: [{ title: 'Tờ khai', fields: ['x'] }],
        prefill: {},
      },
      fees: spec.fee > 0 ? [{ code: 'le-phi', name: 'Lệ phí', amount: spec.fee }] : [],
      timeLimitDays: spec.days,
      steps: [{ code: 'xu-ly', name: 'Xử lý', role: 'specialist', days: spec.days }],
      legalBasis: ['Nghị định 118/2025/NĐ-CP'],
      result: { name: 'Kết quả', walletKind: 'ket-qua-do-hieu-nang', fields: [] },
      description: 'Thủ tục giả lập cho bộ đo hiệu năng.',
    };
    await client.query(
      `with p as (insert into procedures (id, code, name, field, level, online_level, search_key)
         values (gen_random_uuid(), $1, $2, 'Đo hiệu năng', $3, $4, lower($1)) returning id)
       insert into procedure_versions (id, procedure_id, version, valid_from, definition, created_by)
       select gen_random_uuid(), p.id, 1, current_date - 800, $5::jsonb, $6 from p`,
      [code, name, level, spec.online, JSON.stringify(definition), SEED_MARK],
    );
  }
  return catalogue(client, level);
}

/**
 * One batch [lo, hi] as one INSERT … SELECT (each step materialized: inlined, the expressions
 * would be copied into every later use and evaluated again). Each row draws its own random numbers; the
 * receipt time falls on one of the last DAYS days between 07:30 and 17:00 (Asia/Ho_Chi_Minh).
 */
const INSERT_BATCH = `
with base as (
  select i, random() as r_unit, random() as r_proc, random() as r_chan, random() as r_late, random() as r_dur,
    random() as r_dig, random() as r_pay, random() as r_rate, random() as r_stars, random() as r_stop, random() as r_sub,
    ((date_trunc('day', now() at time zone 'Asia/Ho_Chi_Minh') - floor(random() * ${DAYS}) * interval '1 day'
      + interval '7 hours 30 minutes' + random() * interval '9 hours 30 minutes') at time zone 'Asia/Ho_Chi_Minh') as recv
  from generate_series($1::int, $2::int) i
), placed as materialized (
  select b.*, (r_unit < 0.85) as commune,
    case when r_unit < 0.85 then ($3::uuid[])[1 + floor(r_unit / 0.85 * cardinality($3::uuid[]))::int]
      else ($4::uuid[])[1 + floor((r_unit - 0.85) / 0.15 * cardinality($4::uuid[]))::int] end as unit_id,
    1 + floor(r_proc * case when r_unit < 0.85 then cardinality($5::uuid[]) else cardinality($10::uuid[]) end)::int as k
  from base b
), proc as materialized (
  select p.*,
    case when commune then ($5::uuid[])[k] else ($10::uuid[])[k] end as procedure_id,
    case when commune then ($6::uuid[])[k] else ($11::uuid[])[k] end as version_id,
    case when commune then ($7::text[])[k] else ($12::text[])[k] end as online_level,
    case when commune then ($8::bigint[])[k] else ($13::bigint[])[k] end as fee,
    -- the statutory time in calendar time: working days × 7/5, at least 8 hours (same-day procedures)
    greatest(interval '8 hours', (case when commune then ($9::float8[])[k] else ($14::float8[])[k] end)
      * interval '1.4 days') as allowed,
    (r_chan < 0.97) as online,
    (p.recv > now() - interval '2 days' and r_sub < 0.33) as waiting
  from placed p
), timed as materialized (
  select t.*, t.recv + t.allowed as due,
    t.recv + case when r_late < 0.95 then t.allowed * (0.05 + 0.9 * r_dur) else t.allowed * (1.05 + r_dur) end as ended_at
  from proc t
), ended as materialized (
  select t.*, (not waiting and ended_at < now()) as done, (not waiting and ended_at < now() and r_stop < 0.015) as stopped
  from timed t
), shaped as materialized (
  select e.*,
    case when waiting then 'submitted'
      when not done then case when r_stars < 0.08 then 'supplement_requested' else 'in_process' end
      when stopped then 'stopped'
      when ended_at > now() - interval '3 days' then 'result_ready'
      when r_stop < 0.1 then 'archived' else 'delivered' end as state
  from ended e
), delivered as materialized (
  select s.*, case when s.state in ('delivered', 'archived') then s.ended_at + interval '1 day' end as delivered_at,
    case when s.state in ('delivered', 'archived') and r_rate < 0.3 then
      case when r_stars < 0.7 then 5 when r_stars < 0.9 then 4 when r_stars < 0.95 then 3 when r_stars < 0.98 then 2 else 1 end
    end as rating
  from shaped s
)
insert into dossiers (id, code, procedure_id, procedure_version_id, state, channel, online_level,
  applicant_personal_id, applicant, filed_by, filed_at_unit_id, competent_unit_id, form_data, tracking_secret,
  submitted_at, received_at, due_at, paused_since, decided_at, result_ready_at, delivered_at, delivery_method,
  on_time, digitised, fee_total, paid_at, paid_online, result_file_id, rating, rated_at, revision, created_at, updated_at)
select
  (lpad(to_hex((extract(epoch from recv) * 1000)::bigint), 12, '0') || '7' || substr(md5(i::text), 1, 3) || '8'
    || substr(md5(i::text), 4, 15))::uuid,
  case when waiting then null else 'BENCH-' || i end,
  procedure_id, version_id, state, case when online then 'online' else 'desk' end, online_level,
  '001' || lpad((i % 900000000)::text, 9, '0'),
  jsonb_build_object('kind', 'citizen', 'fullName', 'Công dân thử nghiệm ' || i, 'personalId', '001' || lpad((i % 900000000)::text, 9, '0')),
  '${SEED_MARK}', case when online then null else unit_id end, unit_id,
  jsonb_build_object('hoTen', 'Công dân thử nghiệm ' || i, 'ngaySinh', '1985-01-01',
    'noiCuTru', 'Số ' || (i % 500) || ' phố Thử Nghiệm, Hà Nội', 'lyDo', 'Theo nhu cầu của công dân'),
  case when waiting then null else 'BENCH' || (i % 10) end,
  recv, case when waiting then null else recv end, case when waiting then null else due end,
  case when state = 'supplement_requested' then now() - interval '1 day' end,
  case when done then ended_at - case when stopped then interval '0' else interval '2 hours' end end,
  case when done and not stopped then ended_at end,
  delivered_at, case when delivered_at is not null then case when online then 'online' else 'desk' end end,
  case when done then ended_at <= due end,
  r_dig < 0.98, fee,
  case when fee > 0 and not waiting then recv end, fee > 0 and not waiting and r_pay < 0.74,
  case when done and not stopped and r_dig < 0.99 then gen_random_uuid() end,
  rating, case when rating is not null then least(now(), delivered_at + interval '1 day') end,
  case when waiting then 1 when done then 8 else 4 end,
  recv, coalesce(delivered_at, case when done then ended_at end, recv)
from delivered`;

export async function seedCityDossiers(
  databaseUrl: string,
  target: number,
  log: (line: string) => void = () => {},
): Promise<SeedReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('set jit = off');
    const started = performance.now();
    let indexSeconds = 0;
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from dossiers where filed_by = $1',
      [SEED_MARK],
    );
    const existing = rows[0]?.n ?? 0;
    if (existing >= target) {
      return { target, existing, inserted: 0, seconds: 0, indexSeconds: 0, analyzeSeconds: 0 };
    }
    const { communes, departments } = await units(client);
    if (communes.length === 0 || departments.length === 0) {
      throw new Error('seed: no communes or departments of Hà Nội (code 01): load the demo data first');
    }
    const communeCatalogue = await ensureCatalogue(client, 'commune');
    const cityCatalogue = await ensureCatalogue(client, 'city');
    log(
      `seed: ${communes.length} xã/phường, ${departments.length} sở; ${communeCatalogue.ids.length} + ${cityCatalogue.ids.length} thủ tục; ${existing} hồ sơ có sẵn`,
    );
    // Loading a large batch without the secondary indexes, then building them once, is several times faster.
    const indexes = await client.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
       where schemaname = current_schema() and tablename = 'dossiers' and indexname <> 'dossiers_pkey'
         and $1::int >= ${BATCH}`,
      [target - existing],
    );
    for (const index of indexes.rows) await client.query(`drop index if exists "${index.name}"`);
    try {
      await insertBatches(
        client,
        existing,
        target,
        { communes, departments, communeCatalogue, cityCatalogue },
        (hi) =>
          log(
            `seed: ${hi.toLocaleString('vi-VN')} / ${target.toLocaleString('vi-VN')} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
          ),
      );
    } finally {
      const indexStarted = performance.now();
      for (const index of indexes.rows) await client.query(index.definition);
      indexSeconds = (performance.now() - indexStarted) / 1000;
    }
    const seconds = (performance.now() - started) / 1000;
    const analyzeStarted = performance.now();
    await client.query('analyze dossiers');
    return {
      target,
      existing,
      inserted: target - existing,
      seconds,
      indexSeconds,
      analyzeSeconds: (performance.now() - analyzeStarted) / 1000,
    };
  } finally {
    await client.end();
  }
}

type Pools = {
  communes: string[];
  departments: string[];
  communeCatalogue: Catalogue;
  cityCatalogue: Catalogue;
};

async function insertBatches(
  client: pg.ClientBase,
  existing: number,
  target: number,
  pools: Pools,
  progress: (hi: number) => void,
): Promise<void> {
  const { communes, departments, communeCatalogue, cityCatalogue } = pools;
  for (let lo = existing + 1; lo <= target; lo += BATCH) {
    const hi = Math.min(target, lo + BATCH - 1);
    await client.query(INSERT_BATCH, [
      lo,
      hi,
      communes,
      departments,
      communeCatalogue.ids,
      communeCatalogue.versionIds,
      communeCatalogue.levels,
      communeCatalogue.fees,
      communeCatalogue.days,
      cityCatalogue.ids,
      cityCatalogue.versionIds,
      cityCatalogue.levels,
      cityCatalogue.fees,
      cityCatalogue.days,
    ]);
    progress(hi);
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const [url, count] = process.argv.slice(2);
  if (!url) throw new Error('usage: node bench/scenarios/one-stop-seed.ts <postgres url> [count]');
  const report = await seedCityDossiers(url, Number(count ?? 1_000_000), console.log);
  console.log(report);
}
