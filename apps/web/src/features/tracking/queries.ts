import type { TrackingView } from '@lienthong/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api.ts';

export type { TrackingView };

export const TRACKING_PATH = '/api/v1/tracking';
/** The public tracking page (portal). */
export const TRACKING_ROUTE = '/tra-cuu-ho-so';

/** The tracking page for a dossier: `/tra-cuu-ho-so?ma=<code>&bi-mat=<secret>`. */
export function trackingPath(code: string, secret: string): string {
  return `${TRACKING_ROUTE}?ma=${encodeURIComponent(code)}&bi-mat=${encodeURIComponent(secret)}`;
}

/**
 * The address printed as a QR code on the receipt (form 01):
 * `${origin}/tra-cuu-ho-so?ma=<code>&bi-mat=<secret>`.
 */
export function trackingUrl(origin: string, code: string, secret: string): string {
  return `${origin.replace(/\/+$/, '')}${trackingPath(code, secret)}`;
}

/** `GET /api/v1/tracking?code&secret` (public, rate limited). */
export function useTracking(code: string, secret: string) {
  return useQuery({
    queryKey: ['tracking', code, secret],
    queryFn: ({ signal }) => api.get<TrackingView>(TRACKING_PATH, { query: { code, secret }, signal }),
    enabled: code.length > 0 && secret.length > 0,
    retry: false,
    staleTime: 30_000,
  });
}
