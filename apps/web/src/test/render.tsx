import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { vi } from 'vitest';
import { Providers } from '../app/providers.tsx';
import { buildRoutes } from '../app/router.tsx';

/** Renders the whole app's route tree at `path`, with a fresh query client that never retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchInterval: false }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(buildRoutes(), { initialEntries: [path] });
  const view = render(
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...view, router, queryClient };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** An RFC 9457 answer, as the server sends it. */
export function problemResponse(
  status: number,
  code: string,
  detail: string,
  errors?: { path: string; message: string }[],
): Response {
  const body = {
    type: `urn:lienthong:problem:${code.toLowerCase().replaceAll('_', '-')}`,
    title: 'Lỗi',
    status,
    code,
    detail,
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });
}

export type FetchHandler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

/** Replaces global fetch with a vi.fn that answers by URL. */
export function stubFetch(handler: FetchHandler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
