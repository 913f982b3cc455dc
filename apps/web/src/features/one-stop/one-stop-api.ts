import { jsonResponse, problemResponse, stubFetch } from '../../test/render.tsx';
import { dossierView, IDS, LIST, ORG_UNIT, PROCEDURE, STATS } from './one-stop-fixtures.ts';
import type { DossierView } from './queries.ts';

/** Answers some requests before the defaults; undefined: let the defaults answer. */
export type Extra = (
  url: string,
  init: RequestInit | undefined,
) => Response | undefined | Promise<Response | undefined>;

export type Write = (method: string, url: string, body: Record<string, unknown>) => Response | undefined;

/** The one-stop API: session, queues, one dossier, procedures, units, stats; writes go to `write`. */
export function oneStopApi(
  user: Record<string, unknown>,
  { write, extra, dossier }: { write?: Write; extra?: Extra; dossier?: () => DossierView } = {},
) {
  return stubFetch(async (url, init) => {
    const method = init?.method ?? 'GET';
    if (method !== 'GET') {
      const answer = write?.(method, url, JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>);
      if (answer) return answer;
    }
    const other = await extra?.(url, init);
    if (other) return other;
    const path = url.split('?')[0];
    if (path === '/api/v1/auth/session') return jsonResponse({ user });
    if (path === '/api/v1/dossiers' && method === 'GET') return jsonResponse(LIST);
    if (path === `/api/v1/dossiers/${IDS.d1}`) return jsonResponse(dossier ? dossier() : dossierView());
    if (path?.endsWith('/assignees')) {
      return jsonResponse({
        items: [
          { id: IDS.officerA, displayName: 'Phạm Minh Châu', roles: ['specialist'] },
          { id: IDS.officerB, displayName: 'Nguyễn Thị Hằng', roles: ['leader'] },
        ],
      });
    }
    if (path === `/api/v1/dossiers/${IDS.d1}/payments` && method === 'GET')
      return jsonResponse({ items: [] });
    if (path === `/api/v1/procedure-versions/${IDS.version}`) return jsonResponse(PROCEDURE);
    if (path === `/api/v1/procedures/${IDS.procedure}`) return jsonResponse(PROCEDURE);
    if (path === '/api/v1/procedures') {
      return jsonResponse({
        items: [
          {
            id: IDS.procedure,
            code: '1.001193',
            name: 'Đăng ký khai sinh',
            field: 'Hộ tịch',
            level: 'commune',
            onlineLevel: 'full',
            agencyName: 'Ủy ban nhân dân cấp xã',
            timeLimitDays: 1,
            feeTotal: 8000,
            version: 2,
          },
        ],
        total: 1,
        fields: ['Hộ tịch', 'Cư trú'],
      });
    }
    if (path === '/api/v1/dossier-stats') return jsonResponse(STATS);
    if (path === '/api/v1/org/units')
      return jsonResponse({ asOf: '2026-03-10', items: [ORG_UNIT], total: 1, limit: 20, offset: 0 });
    if (path === `/api/v1/org/units/${IDS.baDinh}`) {
      return jsonResponse({
        ...ORG_UNIT,
        asOf: '2026-03-10',
        ancestors: [{ id: IDS.hanoi, name: 'Thành phố Hà Nội', unitType: 'municipality', level: 'city' }],
      });
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}

/** The URLs fetched with this path (query included), in order. */
export const callsTo = (fetchMock: ReturnType<typeof stubFetch>, path: string, method = 'GET') =>
  fetchMock.mock.calls
    .filter(([, init]) => (init?.method ?? 'GET') === method)
    .map(([url]) => String(url))
    .filter((url) => url.split('?')[0] === path);
