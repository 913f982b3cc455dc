import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../../app.ts';
import type { SimulatedCitizen } from '../../simulators/national-id/index.ts';
import {
  type RunningIdSimulator,
  SIMULATOR_PASSWORD,
  startIdSimulator,
} from '../../simulators/national-id/index.ts';
import { type Cookies, cookiesOf, nextAddress } from './identity.fixtures.ts';

/**
 * Test helpers of citizens' sign-in: the national-ID simulator on a free loopback port, and a
 * browser's walk through it (cookie jar, redirects) driven by fetch.
 */

export const CLIENT_ID = 'lienthong';
export const CLIENT_SECRET = randomBytes(24).toString('base64url');
/** What the relying party of a test app (PORT 3000 by default, no PUBLIC_URL) registers. */
export const REDIRECT_URI = 'http://127.0.0.1:3000/api/v1/auth/citizen/callback';

export function startTestSimulator(citizens?: readonly SimulatedCitizen[]): Promise<RunningIdSimulator> {
  return startIdSimulator({
    port: 0,
    clients: [
      {
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        name: 'Cổng thử nghiệm',
        redirectUris: [REDIRECT_URI],
      },
    ],
    ...(citizens ? { citizens } : {}),
  });
}

export function eidEnv(simulator: RunningIdSimulator): Record<string, string> {
  return { EID_ISSUER: simulator.issuer, EID_CLIENT_ID: CLIENT_ID, EID_CLIENT_SECRET: CLIENT_SECRET };
}

/** A browser's cookies for the simulator (names only: paths do not matter in these tests). */
class Jar {
  readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Follows the simulator's redirects until a page answers or the browser is sent to the platform. */
async function browse(
  jar: Jar,
  url: string,
  init: RequestInit = {},
): Promise<{ res: Response; url: string }> {
  let current = url;
  let request: RequestInit = init;
  for (let hops = 0; hops < 10; hops++) {
    const res = await fetch(current, {
      ...request,
      redirect: 'manual',
      headers: { ...(request.headers as Record<string, string>), cookie: jar.header() },
    });
    jar.store(res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
    const next = new URL(location, current).href;
    if (next.startsWith(REDIRECT_URI)) return { res, url: next };
    current = next;
    request = {};
  }
  throw new Error('too many redirects');
}

function form(values: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(values).toString(),
  };
}

function formAction(html: string, step: string): string {
  const action = new RegExp(`action="(/interaction/[^"]+/${step})"`).exec(html)?.[1];
  if (!action) throw new Error(`no ${step} form in:\n${html.slice(0, 500)}`);
  return action;
}

export type CitizenWalk = {
  /** The platform's sign-in answer (302 to the simulator) and its transaction cookie. */
  login: LightMyRequestResponse;
  transactionCookie: string;
  /** Where the simulator finally sent the browser: the platform's callback URL. */
  callbackUrl: string;
  /** The simulator's pages on the way, for assertions. */
  pages: { login: Response; loginHtml: string; consentHtml?: string };
};

/**
 * Starts a sign-in on the platform and walks the simulator: login form, then consent (or
 * refusal). Stops before the callback, so tests can tamper with it.
 */
export async function walkSimulator(
  app: App,
  personalId: string,
  options: { next?: string; consent?: boolean; password?: string } = {},
): Promise<CitizenWalk> {
  const login = await app.inject({
    method: 'GET',
    url: `/api/v1/auth/citizen/login${options.next ? `?next=${encodeURIComponent(options.next)}` : ''}`,
    remoteAddress: nextAddress(),
  });
  if (login.statusCode !== 302)
    throw new Error(`sign-in did not redirect: ${login.statusCode} ${login.body}`);
  const transactionCookie = login.cookies.find((c) => c.name === 'lt_eid_tx')?.value ?? '';
  const jar = new Jar();
  const loginPage = await browse(jar, String(login.headers.location));
  const loginHtml = await loginPage.res.text();
  const origin = new URL(loginPage.url).origin;
  const afterLogin = await browse(
    jar,
    `${origin}${formAction(loginHtml, 'login')}`,
    form({ personalId, password: options.password ?? SIMULATOR_PASSWORD }),
  );
  if (afterLogin.url.startsWith(REDIRECT_URI)) {
    return {
      login,
      transactionCookie,
      callbackUrl: afterLogin.url,
      pages: { login: loginPage.res, loginHtml },
    };
  }
  const consentHtml = await afterLogin.res.text();
  const step = options.consent === false ? 'abort' : 'confirm';
  const done = await browse(jar, `${origin}${formAction(consentHtml, step)}`, form({}));
  if (!done.url.startsWith(REDIRECT_URI)) throw new Error(`not sent back: ${done.res.status}`);
  return {
    login,
    transactionCookie,
    callbackUrl: done.url,
    pages: { login: loginPage.res, loginHtml, consentHtml },
  };
}

/** The callback request of a walk, as the browser sends it (with the transaction cookie). */
export function callback(app: App, walk: CitizenWalk, transactionCookie = walk.transactionCookie) {
  const url = new URL(walk.callbackUrl);
  return app.inject({
    method: 'GET',
    url: `${url.pathname}${url.search}`,
    headers: transactionCookie ? { cookie: `lt_eid_tx=${transactionCookie}` } : {},
    remoteAddress: nextAddress(),
  });
}

/** A complete sign-in: the citizen's session cookies. */
export async function signInCitizen(app: App, personalId: string): Promise<Cookies> {
  const walk = await walkSimulator(app, personalId);
  const res = await callback(app, walk);
  if (res.statusCode !== 302 || !res.cookies.some((c) => c.name === 'lt_session')) {
    throw new Error(`callback failed: ${res.statusCode} ${String(res.headers.location)}`);
  }
  return cookiesOf(res);
}
