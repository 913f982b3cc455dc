export const WORKSPACE_HOME = '/app';
export const LOGIN_ROUTE = '/app/login';

/**
 * Where to go after signing in: the `next` parameter when it is a path of the workspace,
 * otherwise the workspace home. Never another origin (`//evil`, `/\evil`, `https:`), never the
 * login page itself.
 */
export function safeNext(next: string | null | undefined): string {
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
