import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every setting is validated here, at start; a bad value
 * stops the process with a message that names the variable.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải là một URL postgres:// hoặc postgresql://')
    .optional(),
  DB_POOL_MAX: positiveInt.default(10),
  DB_CONNECT_TIMEOUT_MS: positiveInt.default(3000),
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(30000),
  PGLITE_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  JOBS_IN_PROCESS: bool.default(true),
  BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
  UPLOAD_MAX_BYTES: positiveInt.default(20 * 1024 * 1024),
  RATE_LIMIT_MAX: positiveInt.default(600),
  RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
  TRUST_PROXY: bool.default(false),
  METRICS_TOKEN: z.string().min(16, 'cần ít nhất 16 ký tự').optional(),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  WEB_DIST: z.string().optional(),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool.default(true),
  SESSION_IDLE_MINUTES: positiveInt.default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt.default(12),
  SECRET_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'phải là 32 byte mã hóa base64')
    .optional(),
  EID_ISSUER: z.url().optional(),
  EID_CLIENT_ID: z.string().min(1).max(200).default('lienthong'),
  EID_CLIENT_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự').optional(),
  ID_SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  SIGNATURE_PKI: z.enum(['internal', 'external']).default('internal'),
  SIGNATURE_CA_NAME: z.string().min(2).max(100).default('Liên Thông'),
  SIGNATURE_TRUST_ANCHORS_FILE: z.string().min(1).optional(),
  SIGNATURE_TSA_URL: z.url().optional(),
  SIGNATURE_FONT_FILE: z.string().min(1).default('/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf'),
  SIGNATURE_KEYS: z.enum(['software', 'pkcs11']).default('software'),
  SIGNATURE_PKCS11_MODULE: z.string().min(1).optional(),
  SIGNATURE_PKCS11_TOKEN: z.string().min(1).max(32).optional(),
  SIGNATURE_PKCS11_PIN: z.string().min(1).optional(),
  SIGNATURE_PKCS11_PIN_FILE: z.string().min(1).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'phải là một URL smtp:// hoặc smtps://')
    .optional(),
  SMTP_FROM: z.string().min(3).max(200).default('Liên Thông <khong-tra-loi@lienthong.invalid>'),
  SMS_SENDER: z.enum(['log', 'none']).default('log'),
  NOTIFY_MAX_ATTEMPTS: positiveInt.max(20).default(5),
  NOTIFY_RETRY_BASE_SECONDS: positiveInt.default(60),
  /** Default: the simulator in development, tests and `start --demo`; none in production. */
  PAYMENT_PROVIDER: z.enum(['simulator', 'none']).optional(),
  PAYMENT_SIMULATOR_SECRET: z.string().min(16, 'cần ít nhất 16 ký tự').optional(),
  PAYMENT_BENEFICIARY_BIN: z
    .string()
    .regex(/^\d{6}$/, 'phải gồm đúng 6 chữ số (mã BIN ngân hàng)')
    .default('970415'),
  PAYMENT_BENEFICIARY_ACCOUNT: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/, 'chỉ gồm chữ và số, tối đa 19 ký tự')
    .default('113000000000'),
  PAYMENT_BENEFICIARY_NAME: z.string().min(2).max(100).default('TÀI KHOẢN DEMO - KHÔNG CHUYỂN TIỀN THẬT'),
  REGISTRY_MODE: z.enum(['simulator', 'http']).default('simulator'),
  REGISTRY_URL: z.url().optional(),
  REGISTRY_CLIENT: z
    .string()
    .regex(/^[^/\s]+\/[^/\s]+\/[^/\s]+\/[^/\s]+$/, 'dạng INSTANCE/CLASS/MEMBER/SUBSYSTEM')
    .default('VN/GOV/000.00.00.H26/LIENTHONG'),
  REGISTRY_TIMEOUT_MS: positiveInt.default(5000),
});

export type Env = z.input<typeof EnvSchema>;

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  dataDir: string;
  database: {
    url: string | undefined;
    poolMax: number;
    connectTimeoutMs: number;
    statementTimeoutMs: number;
    pglitePort: number;
  };
  jobs: { inProcess: boolean };
  http: {
    bodyLimit: number;
    rateLimit: { max: number; windowMs: number };
    trustProxy: boolean;
    metricsToken: string | undefined;
    shutdownTimeoutMs: number;
  };
  web: { dist: string };
  auth: {
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    /** Server key (32 bytes) for secrets at rest; unset = `<DATA_DIR>/secret.key`. */
    secretKey: Buffer | undefined;
    /** Cookies get `Secure` when the public address is https. */
    secureCookies: boolean;
  };
  /** The national e-ID (VNeID) OpenID Provider citizens sign in with; no issuer = sign-in off. */
  eid: { issuer: string | undefined; clientId: string; clientSecret: string | undefined };
  /** `lienthong id-simulator` and `start --demo`: the national-ID simulator's port (0 = any free one). */
  idSimulator: { port: number };
  /** Digital signatures: the internal PKI or an external CA/TSA, and the appearance font. */
  signatures: {
    pki: 'internal' | 'external';
    caName: string;
    /** Where relying parties reach /pki/… (AIA, CRL distribution points, the QR's page). */
    baseUrl: string;
    trustAnchorsFile: string | undefined;
    tsaUrl: string | undefined;
    /** A TrueType font with Vietnamese glyphs for visible signatures. */
    fontFile: string;
    /** Where the keys the platform generates live: sealed software keys, or a PKCS#11 token. */
    keys: { kind: 'software' } | { kind: 'pkcs11'; module: string; token: string; pin: string };
  };
  /** Notifications: e-mail over SMTP (unset = e-mails stay pending), SMS sender, retries. */
  notify: {
    smtpUrl: string | undefined;
    smtpFrom: string;
    sms: 'log' | 'none';
    maxAttempts: number;
    retryBaseMs: number;
  };
  /** Fees: the payment provider, the simulator's callback secret, the unit's beneficiary account (VietQR). */
  payments: {
    provider: 'simulator' | 'none';
    simulatorSecret: string | undefined;
    beneficiary: { bankBin: string; accountNumber: string; name: string };
  };
  /** Population and business registries: the built-in simulator or an X-Road-style REST service. */
  registries: { mode: 'simulator' | 'http'; url: string | undefined; client: string; timeoutMs: number };
  storage:
    | { driver: 'local'; root: string; maxUploadBytes: number }
    | {
        driver: 's3';
        maxUploadBytes: number;
        tmpDir: string;
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
        forcePathStyle: boolean;
      };
};

export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Cấu hình không hợp lệ:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

/** A host for a URL (IPv6 literals in brackets). */
function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** SIGNATURE_KEYS=pkcs11 needs the module, the token's label and a PIN (never logged). */
function signatureKeysOf(e: z.infer<typeof EnvSchema>): Config['signatures']['keys'] {
  if (e.SIGNATURE_KEYS === 'software') return { kind: 'software' };
  const issues: string[] = [];
  if (!e.SIGNATURE_PKCS11_MODULE) issues.push('SIGNATURE_PKCS11_MODULE: bắt buộc khi SIGNATURE_KEYS=pkcs11');
  if (!e.SIGNATURE_PKCS11_TOKEN) issues.push('SIGNATURE_PKCS11_TOKEN: bắt buộc khi SIGNATURE_KEYS=pkcs11');
  let pin = e.SIGNATURE_PKCS11_PIN;
  if (e.SIGNATURE_PKCS11_PIN && e.SIGNATURE_PKCS11_PIN_FILE) {
    issues.push(
      'SIGNATURE_PKCS11_PIN_FILE: chỉ đặt một trong SIGNATURE_PKCS11_PIN và SIGNATURE_PKCS11_PIN_FILE',
    );
  } else if (e.SIGNATURE_PKCS11_PIN_FILE) {
    try {
      pin = fs.readFileSync(path.resolve(e.SIGNATURE_PKCS11_PIN_FILE), 'utf8').trim();
    } catch {
      issues.push('SIGNATURE_PKCS11_PIN_FILE: không đọc được tệp mã PIN');
    }
    if (pin === '') issues.push('SIGNATURE_PKCS11_PIN_FILE: tệp mã PIN rỗng');
  } else if (!pin) {
    issues.push('SIGNATURE_PKCS11_PIN: bắt buộc (hoặc SIGNATURE_PKCS11_PIN_FILE) khi SIGNATURE_KEYS=pkcs11');
  }
  if (issues.length > 0 || !pin) throw new ConfigError(issues);
  return {
    kind: 'pkcs11',
    module: path.resolve(e.SIGNATURE_PKCS11_MODULE ?? ''),
    token: e.SIGNATURE_PKCS11_TOKEN ?? '',
    pin,
  };
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { demo?: boolean } = {},
): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) {
    throw new ConfigError(['S3_BUCKET: bắt buộc khi STORAGE_DRIVER=s3']);
  }
  if (e.EID_ISSUER) {
    const issuer = new URL(e.EID_ISSUER);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && loopback)) {
      throw new ConfigError(['EID_ISSUER: phải dùng https (http chỉ cho địa chỉ loopback khi phát triển)']);
    }
    if (!e.EID_CLIENT_SECRET) throw new ConfigError(['EID_CLIENT_SECRET: bắt buộc khi có EID_ISSUER']);
  }
  if (e.SIGNATURE_PKI === 'external' && !e.SIGNATURE_TRUST_ANCHORS_FILE) {
    throw new ConfigError(['SIGNATURE_TRUST_ANCHORS_FILE: bắt buộc khi SIGNATURE_PKI=external']);
  }
  const signatureKeys = signatureKeysOf(e);
  if (e.REGISTRY_MODE === 'http' && !e.REGISTRY_URL) {
    throw new ConfigError(['REGISTRY_URL: bắt buộc khi REGISTRY_MODE=http']);
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    dataDir,
    database: {
      url: e.DATABASE_URL,
      poolMax: e.DB_POOL_MAX,
      connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
      pglitePort: e.PGLITE_PORT,
    },
    jobs: { inProcess: e.JOBS_IN_PROCESS },
    http: {
      bodyLimit: e.BODY_LIMIT_BYTES,
      rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
      trustProxy: e.TRUST_PROXY,
      metricsToken: e.METRICS_TOKEN,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    web: { dist: path.resolve(e.WEB_DIST ?? path.join(repoRoot, 'apps/web/dist')) },
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      secretKey: e.SECRET_KEY ? Buffer.from(e.SECRET_KEY, 'base64') : undefined,
      secureCookies: e.PUBLIC_URL?.startsWith('https:') ?? false,
    },
    eid: { issuer: e.EID_ISSUER, clientId: e.EID_CLIENT_ID, clientSecret: e.EID_CLIENT_SECRET },
    idSimulator: { port: e.ID_SIMULATOR_PORT },
    signatures: {
      pki: e.SIGNATURE_PKI,
      caName: e.SIGNATURE_CA_NAME,
      baseUrl: (e.PUBLIC_URL ?? `http://${hostForUrl(e.HOST)}:${e.PORT}`).replace(/\/+$/, ''),
      trustAnchorsFile: e.SIGNATURE_TRUST_ANCHORS_FILE && path.resolve(e.SIGNATURE_TRUST_ANCHORS_FILE),
      tsaUrl: e.SIGNATURE_TSA_URL,
      fontFile: path.resolve(e.SIGNATURE_FONT_FILE),
      keys: signatureKeys,
    },
    notify: {
      smtpUrl: e.SMTP_URL,
      smtpFrom: e.SMTP_FROM,
      sms: e.SMS_SENDER,
      maxAttempts: e.NOTIFY_MAX_ATTEMPTS,
      retryBaseMs: e.NOTIFY_RETRY_BASE_SECONDS * 1000,
    },
    payments: {
      provider: e.PAYMENT_PROVIDER ?? (e.NODE_ENV === 'production' && !options.demo ? 'none' : 'simulator'),
      simulatorSecret: e.PAYMENT_SIMULATOR_SECRET,
      beneficiary: {
        bankBin: e.PAYMENT_BENEFICIARY_BIN,
        accountNumber: e.PAYMENT_BENEFICIARY_ACCOUNT,
        name: e.PAYMENT_BENEFICIARY_NAME,
      },
    },
    registries: {
      mode: e.REGISTRY_MODE,
      url: e.REGISTRY_URL?.replace(/\/+$/, ''),
      client: e.REGISTRY_CLIENT,
      timeoutMs: e.REGISTRY_TIMEOUT_MS,
    },
    storage:
      e.STORAGE_DRIVER === 's3'
        ? {
            driver: 's3',
            maxUploadBytes: e.UPLOAD_MAX_BYTES,
            tmpDir: path.join(dataDir, 'tmp'),
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            bucket: e.S3_BUCKET ?? '',
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : { driver: 'local', root: path.join(dataDir, 'files'), maxUploadBytes: e.UPLOAD_MAX_BYTES },
  };
}

/** Names and defaults of the settings, for the README table and `lienthong --help`. */
export const CONFIG_KEYS = Object.keys(EnvSchema.shape);
