import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { type LoadOptions, type Measurement, measureHttp, measureSql } from '../http.ts';
import { tokenOf } from '../identity.ts';
import { formDataFor, type JsonSchema } from './one-stop-form.ts';
import { type SeedReport, seedCityDossiers } from './one-stop-seed.ts';
import { measureStats, type StatsLatency } from './one-stop-stats.ts';

/**
 * One-stop services under load, on the demo data of the same run:
 * (a) dossier submission at the desk of Phường Hoàn Kiếm: upload a 200 KB PDF (POST /api/v1/files),
 *     then POST /api/v1/dossiers with submit: true and an Idempotency-Key, by concurrent clients,
 *     next to the raw baseline (one INSERT of an equivalent dossiers row and its event row);
 * (b) the work queues of Phường Ba Đình's one-stop officer (to_receive, late) next to the same
 *     three queries (page, total, counts per queue) issued raw;
 * (c) the statistics over a city-scale data set (./one-stop-seed.ts) — city-wide, one commune,
 *     per sub-unit, per month — as repeated sequential requests (p50/p99).
 * BENCH_ONE_STOP_CONNECTIONS (default 100) sets the clients of (a) and (b) (the raw baselines on
 * the embedded PGlite use 16: it accepts 32 connections and runs one query at a time); BENCH_DOSSIERS the
 * size of the data set (default 1,000,000; 0 skips (c)).
 */
export type OneStopReport = {
  http: Measurement[];
  seed: SeedReport | null;
  stats: StatsLatency[];
  notes: string[];
};

type Context = {
  serverUrl: string;
  startOutput: string;
  databaseUrl: string;
  external: boolean;
  options: LoadOptions;
  log: (line: string) => void;
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function unitId(databaseUrl: string, where: string, value: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ unit_id: string }>(
      `select unit_id from org_unit_versions where ${where} = $1
       and valid_from <= current_date and (valid_to is null or valid_to > current_date) order by path limit 1`,
      [value],
    );
    if (!rows[0]) throw new Error(`the demo data has no unit ${value}`);
    return rows[0].unit_id;
  } finally {
    await client.end();
  }
}

/** A 200 KB PDF, different at every call (files are stored by content). */
function pdf200k(): Buffer {
  const body = Buffer.alloc(200 * 1024, 0x20);
  body.write('%PDF-1.4\n%âãÏÓ\n', 0, 'latin1');
  body.write(`%${randomBytes(32).toString('hex')}\n`, 64, 'latin1');
  body.write('\n%%EOF\n', body.length - 8, 'latin1');
  return body;
}

function multipart(content: Buffer): { headers: Record<string, string>; body: Buffer } {
  const boundary = `----lienthong${randomBytes(8).toString('hex')}`;
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="ban-chinh.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
}

type Filing = {
  procedureId: string;
  versionId: string;
  onlineLevel: string;
  partCodes: string[];
  formData: object;
};

/** One submission: the upload, then the dossier filed at the desk with the uploaded part. */
async function submit(serverUrl: string, token: string, unit: string, filing: Filing): Promise<Response> {
  const form = multipart(pdf200k());
  const upload = await fetch(`${serverUrl}/api/v1/files`, {
    method: 'POST',
    headers: { ...bearer(token), ...form.headers },
    body: new Uint8Array(form.body),
  });
  if (!upload.ok) return upload;
  const file = (await upload.json()) as { id: string };
  return fetch(`${serverUrl}/api/v1/dossiers`, {
    method: 'POST',
    headers: { ...bearer(token), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({
      procedureId: filing.procedureId,
      competentUnitId: unit,
      formData: filing.formData,
      parts: filing.partCodes.map((partCode) => ({ partCode, fileId: file.id })),
      applicant: { kind: 'citizen', fullName: 'Nguyễn Văn An', personalId: '001085012345' },
      submit: true,
    }),
  });
}

/** A commune procedure the bench can file: its form filled from the schema, one upload for its required parts. */
async function findFiling(serverUrl: string, token: string, unit: string): Promise<Filing | string> {
  const list = (await (await fetch(`${serverUrl}/api/v1/procedures?level=commune&pageSize=100`)).json()) as {
    items?: { id: string; code: string }[];
  };
  let last = 'the catalogue has no commune procedure';
  // Certified copies first: one part, a short form (the most frequent desk procedure).
  const items = [...(list.items ?? [])].sort(
    (a, b) => Number(b.code.includes('chung')) - Number(a.code.includes('chung')),
  );
  for (const item of items.slice(0, 10)) {
    const view = (await (await fetch(`${serverUrl}/api/v1/procedures/${item.id}`)).json()) as {
      versionId: string;
      definition: {
        onlineLevel: string;
        parts: { code: string; required: boolean }[];
        form: { schema: JsonSchema };
      };
    };
    const required = view.definition.parts.filter((part) => part.required).map((part) => part.code);
    const filing: Filing = {
      procedureId: item.id,
      versionId: view.versionId,
      onlineLevel: view.definition.onlineLevel,
      partCodes:
        required.length > 0 ? required : view.definition.parts[0] ? [view.definition.parts[0].code] : [],
      formData: formDataFor(view.definition.form.schema) as object,
    };
    const tried = await submit(serverUrl, token, unit, filing);
    if (tried.status === 201) return filing;
    last = `${item.code}: ${tried.status} ${(await tried.text()).slice(0, 300)}`;
  }
  return last;
}

/** Submissions by `connections` concurrent clients for the duration: one sample = upload + filing. */
async function measureSubmissions(
  name: string,
  options: LoadOptions,
  run: () => Promise<Response>,
  baseline: string,
): Promise<Measurement> {
  const latencies: number[] = [];
  const codes = new Map<number, number>();
  let errors = 0;
  const started = performance.now();
  const until = started + options.durationSec * 1000;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          const response = await run();
          await response.arrayBuffer();
          codes.set(response.status, (codes.get(response.status) ?? 0) + 1);
          if (response.status === 201) latencies.push(performance.now() - t0);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    name,
    kind: 'http',
    requestsPerSec: latencies.length / seconds,
    p50Ms: at(50),
    p99Ms: at(99),
    total: latencies.length,
    errors,
    ...(errors > 0 ? { statusCodes: [...codes.keys()].join(',') } : {}),
    baseline,
  };
}

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The raw baseline of a submission: the dossiers row and its first event, in one statement. */
function insertBaseline(unit: string, filing: Filing): string {
  const applicant = { kind: 'citizen', fullName: 'Nguyễn Văn An', personalId: '001085012345' };
  return `with d as (
    insert into dossiers (id, procedure_id, procedure_version_id, state, channel, online_level, applicant_personal_id,
      applicant, filed_by, filed_at_unit_id, competent_unit_id, form_data, idempotency_key, tracking_secret,
      submitted_at, digitised, revision)
    values (gen_random_uuid(), '${filing.procedureId}', '${filing.versionId}', 'submitted', 'desk',
      '${filing.onlineLevel}', '001085012345', ${sqlText(JSON.stringify(applicant))}::jsonb, 'bench:baseline',
      '${unit}', '${unit}', ${sqlText(JSON.stringify(filing.formData))}::jsonb, gen_random_uuid()::text, 'BENCH1',
      now(), true, 1)
    returning id)
  insert into dossier_events (dossier_id, seq, action, from_state, to_state, actor_id, actor_name, actor_unit_id, at, data)
  select id, 1, 'submit', 'draft', 'submitted', 'bench:baseline', 'Cán bộ một cửa', '${unit}', now(), '{}'::jsonb from d`;
}

const RUNNING = `state in ('received', 'in_process', 'approved', 'denied', 'signed')`;

/** The queue listing as raw SQL: the page, its total and the count of every queue (as the service does). */
function queueBaseline(unit: string, queue: 'to_receive' | 'late'): string {
  const within = `(competent_unit_id = '${unit}' or filed_at_unit_id = '${unit}') and state <> 'draft'`;
  const condition = queue === 'to_receive' ? `state = 'submitted'` : `${RUNNING} and due_at < now()`;
  const counts = [
    `state = 'submitted'`,
    `state in ('received', 'in_process')`,
    `assignee_id = 'x' and state in ('received', 'in_process', 'supplement_requested', 'approved', 'denied', 'signed')`,
    `state = 'in_process' and step_role = 'leader'`,
    `state in ('approved', 'denied')`,
    `state = 'signed'`,
    `state = 'result_ready'`,
    `state in ('supplement_requested', 'needs_completion')`,
    `${RUNNING} and due_at >= now() and due_at < now() + interval '1 day'`,
    `${RUNNING} and due_at < now()`,
    'true',
  ].map((c, i) => `count(*) filter (where ${c}) as q${i}`);
  return `select * from dossiers where ${within} and ${condition} order by due_at asc nulls last, submitted_at desc limit 20;
    select count(*) from dossiers where ${within} and ${condition};
    select ${counts.join(', ')} from dossiers where ${within};`;
}

export async function runOneStopBench(ctx: Context): Promise<OneStopReport> {
  const { serverUrl, startOutput, databaseUrl, external, log } = ctx;
  const report: OneStopReport = { http: [], seed: null, stats: [], notes: [] };
  const password = /badinh\.lanhdao \/ (\S+)/.exec(startOutput)?.[1];
  const totpKey = /quantri \/ \S+\s+khóa TOTP: (\S+)/.exec(startOutput)?.[1];
  if (!password || !totpKey) {
    report.notes.push('one-stop: no demo logins in the start output, skipped');
    return report;
  }
  const load: LoadOptions = {
    connections: Number(process.env.BENCH_ONE_STOP_CONNECTIONS ?? 100),
    durationSec: ctx.options.durationSec,
  };
  // The embedded database accepts 32 connections (the server holds some): its raw clients stay below.
  const raw: LoadOptions = external ? load : { ...load, connections: Math.min(load.connections, 16) };
  const target = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
  if (target > 0) {
    log(`one-stop: seeding ${target.toLocaleString('vi-VN')} dossiers…`);
    report.seed = await seedCityDossiers(databaseUrl, target, log);
  }
  const hoanKiem = await unitId(databaseUrl, 'name', 'Phường Hoàn Kiếm');
  const baDinh = await unitId(databaseUrl, 'name', 'Phường Ba Đình');
  const hanoi = await unitId(databaseUrl, 'code', '01');
  const deskHoanKiem = await tokenOf(serverUrl, 'hoankiem.motcua', password);
  const deskBaDinh = await tokenOf(serverUrl, 'badinh.motcua', password);

  // (a) submission, next to its raw insert.
  const filing = await findFiling(serverUrl, deskHoanKiem, hoanKiem);
  if (typeof filing === 'string') {
    report.notes.push(`one-stop (a): no procedure could be filed by the bench (${filing})`);
  } else {
    const base = 'pg: insert dossier + event';
    report.http.push(await measureSql(base, databaseUrl, insertBaseline(hoanKiem, filing), raw));
    report.http.push(
      await measureSubmissions(
        'POST files (200 KB) + POST dossiers (submit)',
        load,
        () => submit(serverUrl, deskHoanKiem, hoanKiem, filing),
        base,
      ),
    );
  }

  // (b) work queues of the one-stop officer.
  for (const queue of ['to_receive', 'late'] as const) {
    const base = `pg: queue ${queue} (page, total, counts)`;
    report.http.push(await measureSql(base, databaseUrl, queueBaseline(baDinh, queue), raw));
    report.http.push(
      await measureHttp(
        `GET /api/v1/dossiers?queue=${queue} (motcua)`,
        `${serverUrl}/api/v1/dossiers?queue=${queue}`,
        load,
        base,
        {
          headers: bearer(deskBaDinh),
        },
      ),
    );
  }

  // (c) statistics over the data set.
  if (target > 0) {
    // The administrator signs in with a one-time code: a code already used in this 30 s step is refused.
    const admin = await tokenOf(serverUrl, 'quantri', password, totpKey).catch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 31_000));
      return tokenOf(serverUrl, 'quantri', password, totpKey).catch(() => undefined);
    });
    const leader = await tokenOf(serverUrl, 'badinh.lanhdao', password);
    if (!admin)
      report.notes.push(
        'one-stop (c): the administrator could not sign in (TOTP); city-wide figures skipped',
      );
    report.stats = await measureStats(serverUrl, { admin, leader }, { hanoi, baDinh }, databaseUrl);
  }
  return report;
}

/** The seed and statistics figures as printed lines (the HTTP rows print with the others). */
export function oneStopLines(report: OneStopReport): string[] {
  const lines: string[] = [];
  if (report.seed) {
    const { target, inserted, seconds, indexSeconds } = report.seed;
    lines.push(
      `\nDữ liệu thống kê: ${target.toLocaleString('vi-VN')} hồ sơ (${inserted.toLocaleString('vi-VN')} mới trong ${seconds.toFixed(0)} s, trong đó chỉ mục ${indexSeconds.toFixed(0)} s)`,
    );
  }
  if (report.stats.length > 0) {
    lines.push(
      `${'statistics (sequential)'.padEnd(48)}${'runs'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
    );
    for (const s of report.stats) {
      lines.push(
        `${s.name.padEnd(48)}${String(s.runs).padStart(9)}${s.p50Ms.toFixed(0).padStart(9)}${s.p99Ms.toFixed(0).padStart(9)}  ${s.note ?? ''}`,
      );
    }
  }
  return [...lines, ...report.notes];
}
