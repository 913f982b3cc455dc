import pg from 'pg';

/**
 * (c) The statistics (GET /api/v1/dossier-stats) over the seeded data set, the last twelve months:
 * city-wide for the system administrator, one commune for its leader, per sub-unit of Hà Nội and
 * per month; each a warm-up and then BENCH_STATS_RUNS (default 10) sequential requests, with
 * p50/p99, next to a bare scan of the same period (`count(*)` over the dossiers, raw) as the floor.
 */
export type StatsLatency = {
  name: string;
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  note?: string;
};

const DAY_MS = 86_400_000;
const vnDay = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);

function summarise(name: string, times: number[], note?: string): StatsLatency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return {
    name,
    runs: times.length,
    p50Ms: at(50),
    p99Ms: at(99),
    maxMs: sorted.at(-1) ?? 0,
    ...(note ? { note } : {}),
  };
}

async function repeat(runs: number, once: () => Promise<void>): Promise<number[]> {
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return times;
}

export async function measureStats(
  serverUrl: string,
  tokens: { admin: string | undefined; leader: string },
  units: { hanoi: string; baDinh: string },
  databaseUrl: string,
): Promise<StatsLatency[]> {
  const runs = Number(process.env.BENCH_STATS_RUNS ?? 10);
  const now = Date.now();
  const period = `from=${vnDay(now - 364 * DAY_MS)}&to=${vnDay(now)}`;
  const scenarios = [
    { name: 'stats: city-wide (Hà Nội, admin)', token: tokens.admin, query: `unitId=${units.hanoi}` },
    {
      name: 'stats: one commune (Ba Đình, its leader)',
      token: tokens.leader,
      query: `unitId=${units.baDinh}`,
    },
    {
      name: 'stats: groupBy=unit (Hà Nội)',
      token: tokens.admin,
      query: `unitId=${units.hanoi}&groupBy=unit`,
    },
    {
      name: 'stats: groupBy=month (Hà Nội)',
      token: tokens.admin,
      query: `unitId=${units.hanoi}&groupBy=month`,
    },
  ];
  const results: StatsLatency[] = [];
  for (const scenario of scenarios) {
    if (!scenario.token) continue;
    let received = 0;
    const times = await repeat(runs, async () => {
      const response = await fetch(`${serverUrl}/api/v1/dossier-stats?${period}&${scenario.query}`, {
        headers: { authorization: `Bearer ${scenario.token}` },
      });
      if (!response.ok) throw new Error(`${scenario.name}: ${response.status} ${await response.text()}`);
      received = ((await response.json()) as { totals: { received: number } }).totals.received;
    });
    results.push(
      summarise(scenario.name, times, `${received.toLocaleString('vi-VN')} hồ sơ tiếp nhận trong kỳ`),
    );
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const from = new Date(`${vnDay(now - 364 * DAY_MS)}T00:00:00+07:00`).toISOString();
    const times = await repeat(runs, async () => {
      await client.query(
        'select count(*) filter (where received_at >= $1), count(*) filter (where on_time) from dossiers where received_at < now()',
        [from],
      );
    });
    results.push(summarise('pg: bare scan of the dossiers (city)', times));
  } finally {
    await client.end();
  }
  return results;
}
