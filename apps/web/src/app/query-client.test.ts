import { describe, expect, it } from 'vitest';
import { type SessionUser, sessionQuery } from '../features/auth/queries.ts';
import { ApiError, NetworkError } from '../lib/api.ts';
import { createQueryClient, shouldRetry } from './query-client.ts';

describe('query client', () => {
  it('does not retry client errors', () => {
    expect(shouldRetry(0, new ApiError(404, {}))).toBe(false);
    expect(shouldRetry(0, new ApiError(401, {}))).toBe(false);
  });

  it('retries server and network errors twice', () => {
    expect(shouldRetry(0, new ApiError(503, {}))).toBe(true);
    expect(shouldRetry(1, new NetworkError(new TypeError('x')))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, {}))).toBe(false);
  });

  it('forgets the session when any query answers 401', async () => {
    const client = createQueryClient();
    const user: SessionUser = { id: 'u1', displayName: 'A', roles: [] };
    client.setQueryData(sessionQuery.queryKey, user);
    await client
      .fetchQuery({
        queryKey: ['documents'],
        queryFn: () => Promise.reject(new ApiError(401, { code: 'UNAUTHENTICATED', detail: 'Hết phiên.' })),
      })
      .catch(() => undefined);
    expect(client.getQueryData(sessionQuery.queryKey)).toBeNull();
  });
});
