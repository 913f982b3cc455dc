import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { bodyFieldErrors } from './body-field-errors.ts';

describe('bodyFieldErrors', () => {
  it('puts each body field error on its form field and ignores other paths and other errors', () => {
    const error = new ApiError(400, {
      type: 'urn:lienthong:problem:validation-failed',
      title: 'Yêu cầu không hợp lệ',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: 'Dữ liệu gửi lên không hợp lệ.',
      errors: [
        { path: 'body.username', message: 'Sai định dạng' },
        { path: 'body.username', message: 'Quá ngắn' },
        { path: 'query.page', message: 'Sai kiểu dữ liệu' },
      ],
    });
    expect(bodyFieldErrors(error, ['username', 'password'])).toEqual([
      { name: 'username', errors: ['Sai định dạng', 'Quá ngắn'] },
    ]);
    expect(bodyFieldErrors(new Error('mạng'), ['username'])).toEqual([]);
  });
});
