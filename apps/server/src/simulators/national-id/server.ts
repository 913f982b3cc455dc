import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  findByPersonalId,
  findBySubject,
  SIMULATED_CITIZENS,
  SIMULATOR_PASSWORD,
  type SimulatedCitizen,
  subjectOf,
} from './citizens.ts';
import {
  consentPage,
  errorPage,
  homePage,
  loginPage,
  STYLESHEET,
  STYLESHEET_PATH,
  sharedItems,
} from './pages.ts';
import { createProvider, type OidcProvider, type SimulatorClient } from './provider.ts';

export type { SimulatorClient } from './provider.ts';

export type IdSimulatorOptions = {
  /** Address to listen on (127.0.0.1 by default). */
  host?: string;
  /** 0 = any free port. */
  port: number;
  clients: readonly SimulatorClient[];
  /** The citizens who can sign in; the twenty seeded ones by default (tests bring others). */
  citizens?: readonly SimulatedCitizen[];
};

export type RunningIdSimulator = {
  /** The issuer identifier, `http://<host>:<port>`: what the relying party discovers. */
  issuer: string;
  password: string;
  citizens: readonly SimulatedCitizen[];
  close(): Promise<void>;
};

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|confirm|abort))?$/;
const MAX_FORM_BYTES = 8 * 1024;

class FormTooLarge extends Error {}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new FormTooLarge();
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Starts the national-ID simulator: a separate small HTTP server (never part of the platform
 * app) with its own OpenID Provider, login and consent pages, and the twenty seeded citizens.
 * Its state (sessions, codes, signing key) lives in memory and ends with it.
 */
export async function startIdSimulator(options: IdSimulatorOptions): Promise<RunningIdSimulator> {
  const host = options.host ?? '127.0.0.1';
  const citizens = options.citizens ?? SIMULATED_CITIZENS;
  let provider: OidcProvider | undefined;
  let handleOidc: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const formTargets = new Set(
    options.clients.flatMap((client) => client.redirectUris.map((uri) => new URL(uri).origin)),
  );
  // The forms redirect to the relying party once done: form-action must allow its origin.
  const csp = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    `form-action 'self' ${[...formTargets].join(' ')}`.trim(),
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

  function send(res: ServerResponse, status: number, html: string): void {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(html);
  }

  async function clientName(clientId: unknown): Promise<string> {
    if (typeof clientId !== 'string' || !provider) return 'Ứng dụng';
    const client = await provider.Client.find(clientId);
    return client?.clientName ?? clientId;
  }

  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string, step?: string) {
    if (!provider) throw new Error('simulator not ready');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    const name = await clientName(details.params.client_id);
    if (req.method === 'GET' && !step) {
      if (details.prompt.name === 'login')
        return send(res, 200, loginPage({ uid, citizens, clientName: name }));
      const citizen = findBySubject(citizens, details.session?.accountId ?? '');
      const scopes = details.prompt.details.missingOIDCScope ?? String(details.params.scope ?? '').split(' ');
      return send(
        res,
        200,
        consentPage({
          uid,
          clientName: name,
          citizenName: citizen?.fullName ?? '',
          items: sharedItems(scopes),
        }),
      );
    }
    if (req.method !== 'POST')
      return send(res, 405, errorPage('Không hỗ trợ', 'Phương thức không được hỗ trợ.'));
    const form = await readForm(req);
    if (step === 'abort') {
      return provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'Người dùng từ chối chia sẻ thông tin.' },
        { mergeWithLastSubmission: false },
      );
    }
    if (step === 'login' && details.prompt.name === 'login') {
      const personalId = form.get('personalId')?.trim() ?? '';
      const citizen = findByPersonalId(citizens, personalId);
      if (!citizen || form.get('password') !== SIMULATOR_PASSWORD) {
        const error = 'Số định danh cá nhân hoặc mật khẩu không đúng.';
        return send(res, 401, loginPage({ uid, citizens, clientName: name, error, personalId }));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: subjectOf(citizen) } },
        { mergeWithLastSubmission: false },
      );
    }
    if (step === 'confirm' && details.prompt.name === 'consent') {
      const accountId = details.session?.accountId;
      const clientId = details.params.client_id;
      if (!accountId || typeof clientId !== 'string') throw new Error('no session');
      const grant =
        (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
        new provider.Grant({ accountId, clientId });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      return provider.interactionFinished(
        req,
        res,
        { consent: details.grantId ? {} : { grantId } },
        { mergeWithLastSubmission: true },
      );
    }
    return send(res, 400, errorPage('Yêu cầu không hợp lệ', 'Bước đăng nhập này không còn hiệu lực.'));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    if (req.method === 'GET' && url.pathname === STYLESHEET_PATH) {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=3600' });
      res.end(STYLESHEET);
      return;
    }
    if (req.method === 'GET' && url.pathname === '/')
      return send(res, 200, homePage(issuer, citizens.length));
    if (req.method === 'GET' && url.pathname === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' });
      res.end();
      return;
    }
    const match = INTERACTION.exec(url.pathname);
    if (match?.[1]) {
      try {
        await interaction(req, res, match[1], match[2]);
      } catch (error) {
        if (res.headersSent) return;
        if (error instanceof FormTooLarge) {
          return send(
            res,
            413,
            errorPage('Dữ liệu quá lớn', 'Dữ liệu gửi lên vượt quá dung lượng cho phép.'),
          );
        }
        send(
          res,
          400,
          errorPage(
            'Phiên đăng nhập đã hết hạn',
            'Phiên đăng nhập không còn hiệu lực (quá thời gian hoặc đã hoàn tất). Vui lòng đăng nhập lại từ trang của cơ quan.',
          ),
        );
      }
      return;
    }
    handleOidc?.(req, res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        send(res, 500, errorPage('Đã xảy ra lỗi', 'Bản mô phỏng gặp lỗi không mong muốn.'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    provider = await createProvider(issuer, options.clients, citizens);
    handleOidc = provider.callback();
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    issuer,
    password: SIMULATOR_PASSWORD,
    citizens,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
