import type { FastifyReply, FastifyRequest } from 'fastify';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/**
 * Pino options: JSON lines, no personal data. Requests are logged by method, route and
 * id only: no query string (it may carry an ID number), no client address, no headers;
 * known personal fields are redacted wherever they appear in a log object.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'nationalId',
  '*.nationalId',
  'phone',
  '*.phone',
  'email',
  '*.email',
  'fullName',
  '*.fullName',
  'address',
  '*.address',
  'token',
  '*.token',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[đã ẩn]' },
    serializers: {
      req: (request: FastifyRequest) => ({
        id: request.id,
        method: request.method,
        route: request.routeOptions?.url ?? request.url.split('?')[0],
      }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
    },
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
