export const WORKSPACE_HOME = '/app';
export const LOGIN_ROUTE = '/app/login';

/**
 * A single sign-on interaction of the platform's OpenID Provider (`/oidc/interaction/<uid>`):
 * the server sends an official who is not signed in yet to the login page with it as `next`.
 * Exactly that shape, nothing after the uid, so `next` can never leave the platform.
 */
const SSO_INTERACTION = /^\/oidc\/interaction\/[A-Za-z0-9_-]{1,64}$/;

/** True when `next` is a single sign-on interaction: a server page, opened with a full navigation. */
export function isSsoInteraction(next: string): boolean {
  return SSO_INTERACTION.test(next);
}

/** Leaves the single-page app for a server page (a seam for tests: jsdom cannot navigate). */
export const serverPage = {
  open(path: string): void {
    window.location.assign(path);
  },
};

/**
 * Where to go after signing in: the `next` parameter when it is a path of the workspace or a
 * single sign-on interaction, otherwise the workspace home. Never another origin (`//evil`,
 * `/\evil`, `https:`), never the login page itself.
 */
export function safeNext(next: string | null | undefined): string {
  if (typeof next === 'string' && isSsoInteraction(next)) return next;
  if (typeof next !== 'string' || !next.startsWith(WORKSPACE_HOME)) return WORKSPACE_HOME;
  if (next.includes('\\') || next.startsWith('//')) return WORKSPACE_HOME;
  const rest = next.slice(WORKSPACE_HOME.length);
  if (rest !== '' && !/^[/?#]/.test(rest)) return WORKSPACE_HOME;
  if (next === LOGIN_ROUTE || next.startsWith(`${LOGIN_ROUTE}?`) || next.startsWith(`${LOGIN_ROUTE}/`)) {
    return WORKSPACE_HOME;
  }
  return next;
}

/** `/app/login?next=%2Fapp%2F…`: the login page, remembering where the user wanted to go. */
export function loginHref(next: string): string {
  return `${LOGIN_ROUTE}?next=${encodeURIComponent(safeNext(next))}`;
}
