import autocannon from 'autocannon';
import pg from 'pg';

export type Measurement = {
  name: string;
  kind: 'http' | 'sql' | 'cpu';
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  errors: number;
  /** HTTP status codes seen, when some answers were not 2xx. */
  statusCodes?: string;
  /** Name of the baseline this scenario is compared with. */
  baseline?: string;
};

export type LoadOptions = { connections: number; durationSec: number };

/** GET `url` under load with autocannon. */
export async function measureHttp(
  name: string,
  url: string,
  options: LoadOptions,
  baseline?: string,
  request: { method?: 'GET' | 'POST'; body?: object; headers?: Record<string, string> } = {},
): Promise<Measurement> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.durationSec,
    method: request.method ?? 'GET',
    headers: { ...(request.body ? { 'content-type': 'application/json' } : {}), ...request.headers },
    ...(request.body ? { body: JSON.stringify(request.body) } : {}),
  });
  return {
    name,
    kind: 'http',
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.non2xx,
    ...(result.non2xx > 0 ? { statusCodes: Object.keys(result.statusCodeStats ?? {}).join(',') } : {}),
    ...(baseline ? { baseline } : {}),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * The raw-PostgreSQL baseline: `sql` issued straight through `pg` by as many concurrent
 * clients as the HTTP scenarios use, for the same duration.
 */
export async function measureSql(
  name: string,
  databaseUrl: string,
  sql: string,
  options: LoadOptions,
): Promise<Measurement> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + options.durationSec * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        try {
          await pool.query(sql);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  return {
    name,
    kind: 'sql',
    requestsPerSec: latencies.length / seconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    total: latencies.length,
    errors,
  };
}
