import type { FieldError } from '@lienthong/contracts';
import type { z } from 'zod';

/** Vietnamese for zod's issue codes (its own messages are English; ours, in refinements, are kept). */
const MESSAGES: Record<string, string> = {
  invalid_type: 'Sai kiểu dữ liệu hoặc thiếu trường bắt buộc',
  too_small: 'Giá trị quá nhỏ hoặc quá ngắn',
  too_big: 'Giá trị quá lớn hoặc quá dài',
  invalid_format: 'Sai định dạng',
  invalid_value: 'Giá trị không nằm trong danh sách cho phép',
  unrecognized_keys: 'Có trường không được phép',
  invalid_union: 'Giá trị không hợp lệ',
};

/** Field errors with dotted paths under `prefix` (`body.procedures`). */
export function fieldErrorsOfIssues(issues: readonly z.core.$ZodIssue[], prefix: string): FieldError[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const message =
      issue.code === 'custom' || (issue.code === 'invalid_format' && !issue.message.startsWith('Invalid'))
        ? issue.message
        : (MESSAGES[issue.code] ?? 'Giá trị không hợp lệ');
    return { path, message };
  });
}

/** One line for an import row: the first few problems with their paths. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const errors = fieldErrorsOfIssues(issues, '');
  const shown = errors.slice(0, 5).map((error) => `${error.path || '(dòng)'}: ${error.message}`);
  const more = errors.length > 5 ? `; và ${errors.length - 5} lỗi khác` : '';
  return `${shown.join('; ')}${more}`;
}
