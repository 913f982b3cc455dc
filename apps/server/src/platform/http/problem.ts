import {
  ERROR_CATALOGUE,
  type ErrorCode,
  type FieldError,
  type ProblemDetails,
  problemType,
} from '@lienthong/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isUnavailableError } from '../db/database.ts';
import { AppError } from './app-error.ts';

const TITLES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột dữ liệu',
  413: 'Dữ liệu quá lớn',
  415: 'Kiểu nội dung không được hỗ trợ',
  422: 'Không thể xử lý yêu cầu',
  423: 'Tài khoản tạm khóa',
  429: 'Quá nhiều yêu cầu',
  500: 'Lỗi hệ thống',
  503: 'Dịch vụ tạm ngừng',
};

export function buildProblem(
  request: FastifyRequest,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
): ProblemDetails {
  const status = ERROR_CATALOGUE[code].status;
  return {
    type: problemType(code),
    title: TITLES[status] ?? 'Lỗi',
    status,
    code,
    detail: detail ?? ERROR_CATALOGUE[code].message,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  if (problem.status === 503 && !reply.hasHeader('retry-after')) reply.header('retry-after', '5');
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

const ZOD_MESSAGES: Record<string, string> = {
  invalid_type: 'Sai kiểu dữ liệu hoặc thiếu trường bắt buộc',
  too_small: 'Giá trị quá nhỏ hoặc quá ngắn',
  too_big: 'Giá trị quá lớn hoặc quá dài',
  invalid_format: 'Sai định dạng',
  invalid_value: 'Giá trị không nằm trong danh sách cho phép',
  unrecognized_keys: 'Có trường không được phép',
  invalid_union: 'Giá trị không hợp lệ',
  not_multiple_of: 'Giá trị không hợp lệ',
  custom: 'Giá trị không hợp lệ',
};

/** Field errors from a Fastify/zod validation failure, with dotted paths from the request part. */
export function fieldErrorsOf(error: FastifyError): FieldError[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  const part = context === 'querystring' ? 'query' : context;
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return [{ path: part, message: error.message }];
  }
  return error.validation.flatMap((item) => {
    const segments = item.instancePath.split('/').filter(Boolean);
    const base = [part, ...segments].join('.');
    const code = item.keyword;
    // Messages written in our schemas (custom refinements) are Vietnamese; zod's own are English.
    const message =
      code === 'custom' && item.message ? item.message : (ZOD_MESSAGES[code] ?? 'Giá trị không hợp lệ');
    const keys = (item.params as { keys?: string[] }).keys;
    if (code === 'unrecognized_keys' && keys) return keys.map((key) => ({ path: `${base}.${key}`, message }));
    return [{ path: base, message }];
  });
}

function classify(error: FastifyError): { code: ErrorCode; detail?: string; errors?: FieldError[] } {
  if (error instanceof AppError) return { code: error.code, detail: error.message, errors: error.errors };
  if (error.validation) {
    return { code: 'VALIDATION_FAILED', errors: fieldErrorsOf(error) };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'MALFORMED_REQUEST' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
      return { code: 'PAYLOAD_TOO_LARGE' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE' };
  }
  if (isUnavailableError(error)) return { code: 'DATABASE_UNAVAILABLE' };
  if (error.statusCode === 429) return { code: 'RATE_LIMITED' };
  if (error instanceof SyntaxError && error.statusCode === 400) return { code: 'MALFORMED_REQUEST' };
  if (error.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE' };
  if (error.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE' };
  if (error.statusCode === 400) return { code: 'MALFORMED_REQUEST' };
  return { code: 'INTERNAL_ERROR' };
}

/** Every error leaves the server as RFC 9457 problem+json, never with a stack trace. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, detail, errors } = classify(error);
    const status = ERROR_CATALOGUE[code].status;
    if (status >= 500) {
      request.log.error({ err: error, code }, 'request failed');
    } else {
      request.log.info({ code, status }, 'request rejected');
    }
    return sendProblem(reply, buildProblem(request, code, status >= 500 ? undefined : detail, errors));
  });
}
