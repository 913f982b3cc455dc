/**
 * Errors of the Vietnamese toolkit. Parsers and validators return a `VnResult` (no throw on bad
 * user input); computations given impossible arguments (a programming error) throw a `VnError`.
 * Every message is Vietnamese and meant to be shown to people as is.
 */
export type VnErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_DATE'
  | 'INVALID_LUNAR_DATE'
  | 'INVALID_DOCUMENT_NUMBER'
  | 'INVALID_PLACE_DATE'
  | 'INVALID_SIGNER_LINE'
  | 'INVALID_ADMIN_UNIT_CODE'
  | 'INVALID_PERSONAL_ID'
  | 'INVALID_TAX_CODE'
  | 'INVALID_PHONE_NUMBER'
  | 'INVALID_AMOUNT'
  | 'INVALID_VIETQR';

/** A problem found in an input, as data (JSON-serialisable). */
export type VnIssue = { code: VnErrorCode; message: string };

export type VnResult<T> = { ok: true; value: T } | { ok: false; error: VnIssue };

export class VnError extends Error {
  readonly code: VnErrorCode;

  constructor(code: VnErrorCode, message: string) {
    super(message);
    this.name = 'VnError';
    this.code = code;
  }
}

export function succeed<T>(value: T): VnResult<T> {
  return { ok: true, value };
}

export function fail<T>(code: VnErrorCode, message: string): VnResult<T> {
  return { ok: false, error: { code, message } };
}

/** The value of a successful result; throws the `VnError` of a failed one. */
export function unwrapResult<T>(result: VnResult<T>): T {
  if (result.ok) return result.value;
  throw new VnError(result.error.code, result.error.message);
}
