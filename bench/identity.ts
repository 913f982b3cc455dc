/**
 * Identity scenarios: requests authenticated with a personal API token of a demo official
 * (token lookup, official, today's grants: three indexed queries before the handler).
 */
export type AuthedScenario = {
  name: string;
  path: string;
  headers: Record<string, string>;
  baseline?: string;
};

export async function identityScenarios(serverUrl: string, startOutput: string): Promise<AuthedScenario[]> {
  const password = /lanhdao \/ (\S+)/.exec(startOutput)?.[1];
  if (!password) return [];
  const login = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'lanhdao', password }),
  });
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('lt_csrf='))?.slice('lt_csrf='.length) ?? '';
  const created = await fetch(`${serverUrl}/api/v1/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'bench' }),
  });
  const { token } = (await created.json()) as { token: string };
  return [
    {
      name: 'GET /api/v1/auth/session (API token)',
      path: '/api/v1/auth/session',
      headers: { authorization: `Bearer ${token}` },
      baseline: 'pg: status query',
    },
  ];
}
