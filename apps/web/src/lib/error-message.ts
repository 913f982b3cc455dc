import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api.ts';

/**
 * The message to show for a failed request: the server's own Vietnamese `detail` when it sent
 * problem+json, otherwise a generic message from the translations.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.detail) return error.detail;
    return t('errors.httpStatus', { status: error.status });
  }
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected');
}
