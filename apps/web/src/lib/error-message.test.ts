import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { ApiError, NetworkError } from './api.ts';
import { errorMessage } from './error-message.ts';

describe('errorMessage', () => {
  const t = i18n.t.bind(i18n);

  it("shows the server's own detail", () => {
    const error = new ApiError(501, { code: 'NOT_IMPLEMENTED', detail: 'Chức năng đang được triển khai.' });
    expect(errorMessage(error, t)).toBe('Chức năng đang được triển khai.');
  });

  it('falls back to the status without a problem body', () => {
    expect(errorMessage(new ApiError(502, {}), t)).toBe('Máy chủ trả về lỗi (mã 502). Vui lòng thử lại sau.');
  });

  it('has a Vietnamese message for network errors and the unexpected', () => {
    expect(errorMessage(new NetworkError(new TypeError('x')), t)).toMatch(/^Không kết nối được tới máy chủ/);
    expect(errorMessage(new Error('x'), t)).toMatch(/^Đã xảy ra lỗi không mong muốn/);
  });
});
