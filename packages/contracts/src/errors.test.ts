import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ErrorCode, ProblemDetails, problemType } from './index.ts';

describe('error catalogue', () => {
  it('gives every code an HTTP error status and a Vietnamese NFC message', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.message.normalize('NFC'), code).toBe(entry.message);
      expect(entry.message, code).toMatch(
        /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
      );
    }
  });

  it('builds stable problem type URIs', () => {
    expect(problemType('VALIDATION_FAILED')).toBe('urn:lienthong:problem:validation-failed');
  });

  it('validates a problem document', () => {
    const problem = {
      type: problemType('NOT_FOUND'),
      title: 'Không tìm thấy',
      status: 404,
      code: 'NOT_FOUND',
      detail: ERROR_CATALOGUE.NOT_FOUND.message,
    };
    expect(ProblemDetails.parse(problem)).toEqual(problem);
    expect(ErrorCode.safeParse('NOPE').success).toBe(false);
  });
});
