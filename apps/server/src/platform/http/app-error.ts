import { ERROR_CATALOGUE, type ErrorCode, type FieldError } from '@lienthong/contracts';

/** The one error type of the platform. The HTTP layer turns it into problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;

  constructor(code: ErrorCode, detail?: string, errors?: FieldError[], cause?: unknown) {
    super(detail ?? ERROR_CATALOGUE[code].message, cause === undefined ? undefined : { cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.errors = errors;
  }
}
