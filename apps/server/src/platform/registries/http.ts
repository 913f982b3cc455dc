import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { ZodType } from 'zod';
import { AppError } from '../http/app-error.ts';
import { BusinessRecord, type Registries, type RegistryQueryContext, ResidentRecord } from './registries.ts';

/**
 * The registries reached over HTTP, with the X-Road REST conventions (RULES §7):
 * `GET {base}/r1/{INSTANCE}/{CLASS}/{MEMBER}/{SUBSYSTEM}/{SERVICE}`, the caller named by
 * `X-Road-Client`, the end user by `X-Road-UserId`, the exchange by `X-Road-Id`. A 404 without
 * `X-Road-Error` means "no such record"; anything else that is not a valid 200 (timeout, refused
 * connection, 5xx, an `X-Road-Error`, a body that does not match the schema) is
 * REGISTRY_UNAVAILABLE. Logs name the service and the outcome, never the personal ID.
 */
export type HttpRegistriesOptions = {
  /** The security server's address, e.g. `https://ss.hanoi.gov.vn`. */
  baseUrl: string;
  /** `INSTANCE/CLASS/MEMBER/SUBSYSTEM` of the platform, sent as `X-Road-Client`. */
  client: string;
  timeoutMs: number;
  logger?: Logger | undefined;
  fetch?: typeof fetch;
};

/** The providers' services (instance VN, class GOV). */
export const REGISTRY_SERVICES = {
  /** Cơ sở dữ liệu quốc gia về dân cư (Bộ Công an). */
  population: { member: 'BCA', subsystem: 'CSDLQGDC', resource: 'residents' },
  /** Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, hộ kinh doanh (Bộ Tài chính). */
  business: { member: 'BTC', subsystem: 'DKKD', resource: 'businesses' },
} as const;

type ServiceName = keyof typeof REGISTRY_SERVICES;

export function createHttpRegistries(options: HttpRegistriesOptions): Registries {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;

  async function get<T>(
    service: ServiceName,
    id: string,
    schema: ZodType<T>,
    context: RegistryQueryContext = {},
  ): Promise<T | null> {
    const { member, subsystem, resource } = REGISTRY_SERVICES[service];
    const url = `${base}/r1/VN/GOV/${member}/${subsystem}/${resource}/${encodeURIComponent(id)}`;
    const exchangeId = context.requestId ?? randomUUID();
    const unavailable = (reason: string, cause?: unknown): AppError => {
      options.logger?.warn({ registry: service, exchangeId, reason }, 'registry unavailable');
      return new AppError('REGISTRY_UNAVAILABLE', undefined, undefined, cause);
    };
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: {
          accept: 'application/json',
          'x-road-client': options.client,
          'x-road-userid': context.userId ?? 'lienthong',
          'x-road-id': exchangeId,
        },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw unavailable(timedOut ? 'timeout' : 'network', error);
    }
    const xroadError = response.headers.get('x-road-error');
    if (response.status === 404 && !xroadError) {
      await response.body?.cancel();
      return null;
    }
    if (response.status !== 200 || xroadError) {
      await response.body?.cancel();
      throw unavailable(xroadError ? `x-road-error ${xroadError}` : `status ${response.status}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw unavailable('invalid json', error);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw unavailable('unexpected answer');
    return parsed.data;
  }

  return {
    population: {
      findResident: (personalId, context) => get('population', personalId, ResidentRecord, context),
    },
    business: {
      findBusiness: (taxCode, context) => get('business', taxCode, BusinessRecord, context),
    },
  };
}
