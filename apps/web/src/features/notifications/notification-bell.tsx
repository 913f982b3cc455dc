import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { sessionQuery } from '../auth/index.ts';

/** The bell itself, loaded only for a signed-in user (visitors never download it). */
const Bell = lazy(() => import('./bell.tsx').then((m) => ({ default: m.Bell })));

/** A session's readable CSRF cookie: without it nobody is signed in and the portal does not ask. */
function hasSessionCookie(): boolean {
  return typeof document !== 'undefined' && /(?:^|;\s*)lt_csrf=[^;]+/.test(document.cookie);
}

/**
 * The notification bell of the portal and workspace headers (`signedIn` in the workspace, which
 * has a session by construction; the portal asks only when a session cookie exists). Nothing is
 * shown to a visitor who is not signed in.
 */
export function NotificationBell({
  tone = 'light',
  signedIn,
}: {
  tone?: 'light' | 'dark';
  signedIn?: boolean;
}) {
  const session = useQuery({ ...sessionQuery, enabled: signedIn === undefined && hasSessionCookie() });
  const active = signedIn ?? Boolean(session.data);
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <Bell tone={tone} />
    </Suspense>
  );
}
