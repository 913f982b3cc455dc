// The demo authenticator app: the server's own RFC 6238 implementation (node:crypto only).
import { totpAt } from '../apps/server/src/modules/identity/totp.ts';

/**
 * Identity scenarios, authenticated with personal API tokens of demo officials (token lookup,
 * official, today's grants and the unit's name before the handler):
 * - the session of a leader;
 * - the subtree-scoped list of officials: the system administrator filtering on the Hà Nội root,
 *   and the unit administrator of Phường Ba Đình (whose grant limits the list in SQL); each next
 *   to the same listing as one raw query.
 */
export type AuthedScenario = {
  name: string;
  path: string;
  headers: Record<string, string>;
  baseline?: string;
};

/** A raw-SQL baseline measured in the same run. */
export type SqlBaseline = { name: string; sql: string };

type Cookies = { cookie: string; csrf: string };

function cookiesOf(response: Response, previous?: Cookies): Cookies {
  const jar = new Map(
    (previous?.cookie ?? '')
      .split('; ')
      .filter(Boolean)
      .map((c) => c.split('=') as [string, string]),
  );
  for (const set of response.headers.getSetCookie()) {
    const [pair = ''] = set.split(';');
    const [name = '', value = ''] = pair.split('=');
    jar.set(name, value);
  }
  return { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), csrf: jar.get('lt_csrf') ?? '' };
}

function post(url: string, body: object, cookies?: Cookies): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(cookies ? { cookie: cookies.cookie, 'x-csrf-token': cookies.csrf } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Signs in (with the TOTP step when asked) and creates a personal API token. */
export async function tokenOf(serverUrl: string, username: string, password: string, totpKey?: string) {
  const login = await post(`${serverUrl}/api/v1/auth/login`, { username, password });
  let cookies = cookiesOf(login);
  const { status } = (await login.json()) as { status: string };
  if (status === 'totp_required' && totpKey) {
    const step = await post(`${serverUrl}/api/v1/auth/totp`, { code: totpAt(totpKey, new Date()) }, cookies);
    cookies = cookiesOf(step, cookies);
  }
  const created = await post(`${serverUrl}/api/v1/auth/tokens`, { name: 'bench' }, cookies);
  if (!created.ok) throw new Error(`token for ${username}: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

async function unitIdNamed(serverUrl: string, name: string, query = `q=${encodeURIComponent(name)}`) {
  const page = (await (await fetch(`${serverUrl}/api/v1/org/units?${query}&limit=50`)).json()) as {
    items: { id: string; name: string }[];
  };
  const unit = page.items.find((u) => u.name === name);
  if (!unit) throw new Error(`the demo data has no unit ${name}`);
  return unit.id;
}

/** The officials of a unit's subtree as of today, first page, as one raw query. */
function subtreeSql(unitId: string): string {
  return `select o.* from officials o
    where o.org_unit_id in (
      select v.unit_id from org_unit_versions g
      join org_unit_versions v on v.path <@ g.path and v.valid_from <= current_date
        and (v.valid_to is null or v.valid_to > current_date)
      where g.unit_id = '${unitId}' and g.valid_from <= current_date
        and (g.valid_to is null or g.valid_to > current_date))
    order by o.username limit 20`;
}

export async function identityScenarios(
  serverUrl: string,
  startOutput: string,
): Promise<{ http: AuthedScenario[]; sql: SqlBaseline[] }> {
  const password = /badinh\.lanhdao \/ (\S+)/.exec(startOutput)?.[1];
  const totpKey = /quantri \/ \S+\s+khóa TOTP: (\S+)/.exec(startOutput)?.[1];
  if (!password || !totpKey) return { http: [], sql: [] };
  const leader = await tokenOf(serverUrl, 'badinh.lanhdao', password);
  const admin = await tokenOf(serverUrl, 'quantri', password, totpKey);
  const unitAdmin = await tokenOf(serverUrl, 'badinh.quantri', password, totpKey);
  const hanoi = await unitIdNamed(serverUrl, 'Thành phố Hà Nội', 'level=city');
  const badinh = await unitIdNamed(serverUrl, 'Phường Ba Đình');
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    sql: [
      { name: 'pg: officials of the Hà Nội subtree', sql: subtreeSql(hanoi) },
      { name: 'pg: officials of Phường Ba Đình', sql: subtreeSql(badinh) },
    ],
    http: [
      {
        name: 'GET /api/v1/auth/session (API token)',
        path: '/api/v1/auth/session',
        headers: bearer(leader),
        baseline: 'pg: status query',
      },
      {
        name: 'GET /api/v1/officials?orgUnitId=:hanoi (admin)',
        path: `/api/v1/officials?orgUnitId=${hanoi}`,
        headers: bearer(admin),
        baseline: 'pg: officials of the Hà Nội subtree',
      },
      {
        name: 'GET /api/v1/officials (Ba Đình unit admin)',
        path: '/api/v1/officials',
        headers: bearer(unitAdmin),
        baseline: 'pg: officials of Phường Ba Đình',
      },
    ],
  };
}
