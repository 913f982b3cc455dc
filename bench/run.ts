/**
 * `npm run bench`: load scenarios against a real server and the raw-PostgreSQL baseline
 * from the same run. Prints requests/s and p50/p99 with the ratio to the baseline, and
 * writes bench/results/latest.json. BENCH_DURATION (s) and BENCH_CONNECTIONS tune the load;
 * DATABASE_URL benchmarks against a PostgreSQL server instead of the embedded PGlite.
 * Modules add scenarios to SCENARIOS below (HTTP) or as CPU scenarios in ./scenarios.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServerProcess } from '../scripts/server-process.ts';
import { type LoadOptions, type Measurement, measureHttp, measureSql } from './http.ts';
import { identityScenarios } from './identity.ts';
import { runCpuScenarios } from './scenarios/index.ts';
import { type OneStopReport, oneStopLines, runOneStopBench } from './scenarios/one-stop.ts';

const options: LoadOptions = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  durationSec: Number(process.env.BENCH_DURATION ?? 5),
};

/** The query behind GET /api/v1/system/status, issued directly as the baseline. */
const STATUS_SQL = "select current_setting('server_version') as v";

type HttpScenario = {
  name: string;
  path: string;
  baseline?: string;
  method?: 'GET' | 'POST';
  body?: object;
  headers?: Record<string, string>;
};
const SCENARIOS: HttpScenario[] = [
  { name: 'GET /healthz (no database)', path: '/healthz' },
  {
    name: 'GET /api/v1/system/status (1 round trip)',
    path: '/api/v1/system/status',
    baseline: 'pg: status query',
  },
  {
    name: 'GET /api/v1/calendar/years/2026',
    path: '/api/v1/calendar/years/2026',
    baseline: 'pg: status query',
  },
  {
    name: 'POST /api/v1/calendar/deadline (10 days)',
    path: '/api/v1/calendar/deadline',
    method: 'POST',
    body: { start: '2026-04-28T16:00:00+07:00', workingDays: 10, sameDayCutoff: true },
    baseline: 'pg: status query',
  },
];

/** Org: the demo data's Hà Nội subtree counted as of 2025-06-30 (the root's id is found first). */
async function orgScenario(baseUrl: string): Promise<HttpScenario> {
  const response = await fetch(`${baseUrl}/api/v1/org/units?level=city`);
  const page = (await response.json()) as { items: { id: string; code: string | null }[] };
  const hanoi = page.items.find((unit) => unit.code === '01');
  if (!hanoi) throw new Error('the demo data has no Hà Nội root unit');
  return {
    name: 'GET /api/v1/org/units/:hanoi/subtree-count',
    path: `/api/v1/org/units/${hanoi.id}/subtree-count?asOf=2025-06-30`,
    baseline: 'pg: status query',
  };
}

function row(m: Measurement, byName: Map<string, Measurement>): string {
  const base = m.baseline ? byName.get(m.baseline) : undefined;
  const ratio = base
    ? `${(m.requestsPerSec / base.requestsPerSec).toFixed(2)}× rps, ${(m.p50Ms / Math.max(base.p50Ms, 0.001)).toFixed(2)}× p50`
    : '—';
  return [
    m.name.padEnd(48),
    m.requestsPerSec.toFixed(0).padStart(9),
    m.p50Ms.toFixed(2).padStart(9),
    m.p99Ms.toFixed(2).padStart(9),
    String(m.errors).padStart(7),
    `  ${ratio}`,
  ].join('');
}

async function main(): Promise<void> {
  const pglitePort = await freePort();
  const external = process.env.DATABASE_URL;
  const server = await startServerProcess({
    RATE_LIMIT_MAX: '100000000',
    ...(external ? { DATABASE_URL: external } : { PGLITE_PORT: String(pglitePort) }),
  });
  const databaseUrl = external ?? `postgresql://postgres@127.0.0.1:${pglitePort}/postgres?sslmode=disable`;
  const results: Measurement[] = [];
  let oneStop: OneStopReport | undefined;
  try {
    // Warm up the server and the connection pools.
    await measureHttp('warm-up', `${server.url}/api/v1/system/status`, {
      connections: options.connections,
      durationSec: 1,
    });
    results.push(await measureSql('pg: status query', databaseUrl, STATUS_SQL, options));
    const identity = await identityScenarios(server.url, server.output());
    for (const baseline of identity.sql) {
      results.push(await measureSql(baseline.name, databaseUrl, baseline.sql, options));
    }
    for (const scenario of [
      ...SCENARIOS,
      await orgScenario(server.url),
      ...identity.http,
    ] as HttpScenario[]) {
      results.push(
        await measureHttp(scenario.name, `${server.url}${scenario.path}`, options, scenario.baseline, {
          ...(scenario.method ? { method: scenario.method } : {}),
          ...(scenario.body ? { body: scenario.body } : {}),
          ...(scenario.headers ? { headers: scenario.headers } : {}),
        }),
      );
    }
    oneStop = await runOneStopBench({
      serverUrl: server.url,
      startOutput: server.output(),
      databaseUrl,
      external: Boolean(external),
      options,
      log: (line) => console.log(line),
    });
    results.push(...oneStop.http);
  } finally {
    await server.stop();
  }
  const cpu = await runCpuScenarios();

  const byName = new Map(results.map((m) => [m.name, m]));
  console.log(
    `\nLiên Thông bench — ${external ? 'PostgreSQL (DATABASE_URL)' : 'PGlite nhúng'}, ${options.connections} connections × ${options.durationSec} s, Node ${process.version}, ${os.cpus().length} CPU\n`,
  );
  console.log(
    `${'scenario'.padEnd(48)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(7)}  vs baseline`,
  );
  for (const m of results) console.log(row(m, byName));
  if (cpu.length > 0) {
    console.log(
      `\n${'CPU scenario'.padEnd(48)}${'ops'.padStart(9)}${'ms'.padStart(9)}${'ops/s'.padStart(12)}`,
    );
    for (const c of cpu) {
      console.log(
        `${c.name.padEnd(48)}${String(c.ops).padStart(9)}${c.ms.toFixed(0).padStart(9)}${c.opsPerSec.toFixed(0).padStart(12)}`,
      );
    }
  }
  for (const line of oneStop ? oneStopLines(oneStop) : []) console.log(line);
  const out = path.resolve(import.meta.dirname, 'results/latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        database: external ? 'postgres' : 'pglite',
        load: options,
        http: results.map((m) => {
          const base = m.baseline ? byName.get(m.baseline) : undefined;
          return { ...m, ratioToBaseline: base ? m.requestsPerSec / base.requestsPerSec : null };
        }),
        cpu,
        ...(oneStop ? { oneStop: { seed: oneStop.seed, stats: oneStop.stats, notes: oneStop.notes } } : {}),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nĐã ghi ${path.relative(process.cwd(), out)}`);
}

await main();
