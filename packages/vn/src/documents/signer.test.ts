import { describe, expect, it } from 'vitest';
import { unwrapResult } from '../errors.ts';
import {
  canRedelegate,
  formatSignerLine,
  parseSignerLine,
  type SignerLine,
  validateSignerBlock,
} from './signer.ts';

const parseBlock = (lines: string[]): SignerLine[] =>
  lines.map((line) => unwrapResult(parseSignerLine(line)));

describe('signer lines', () => {
  it('reads state and Party prefixes', () => {
    expect(unwrapResult(parseSignerLine('KT. CHỦ TỊCH'))).toEqual({
      authority: 'KT',
      title: 'CHỦ TỊCH',
      style: 'state',
    });
    expect(unwrapResult(parseSignerLine('TM. ỦY BAN NHÂN DÂN'))).toEqual({
      authority: 'TM',
      title: 'ỦY BAN NHÂN DÂN',
      style: 'state',
    });
    expect(unwrapResult(parseSignerLine('tuq.  GIÁM ĐỐC'))).toEqual({
      authority: 'TUQ',
      title: 'GIÁM ĐỐC',
      style: 'state',
    });
    expect(unwrapResult(parseSignerLine('T/M BAN THƯỜNG VỤ'))).toEqual({
      authority: 'TM',
      title: 'BAN THƯỜNG VỤ',
      style: 'party',
    });
    expect(unwrapResult(parseSignerLine('PHÓ CHỦ TỊCH'))).toEqual({ title: 'PHÓ CHỦ TỊCH', style: 'state' });
    expect(parseSignerLine('KT.').ok).toBe(false);
  });

  it('formats and round-trips', () => {
    for (const line of [
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'Q. GIÁM ĐỐC',
      'TL. BỘ TRƯỞNG',
      'TUQ. CHỦ TỊCH',
      'K/T BÍ THƯ',
      'T/M BAN THƯỜNG VỤ',
      'CHÁNH VĂN PHÒNG',
    ]) {
      expect(formatSignerLine(unwrapResult(parseSignerLine(line)))).toBe(line);
    }
    expect(() => formatSignerLine({ authority: 'TUQ', title: 'BÍ THƯ', style: 'party' })).toThrow(
      'Văn bản của Đảng',
    );
  });
});

describe('validateSignerBlock', () => {
  it('accepts the usual blocks', () => {
    expect(validateSignerBlock(parseBlock(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']))).toEqual(
      [],
    );
    expect(
      validateSignerBlock(parseBlock(['TL. GIÁM ĐỐC', 'KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'])),
    ).toEqual([]);
    expect(validateSignerBlock(parseBlock(['TUQ. CHỦ TỊCH', 'GIÁM ĐỐC SỞ NỘI VỤ']))).toEqual([]);
    expect(validateSignerBlock(parseBlock(['T/M BAN THƯỜNG VỤ', 'K/T BÍ THƯ', 'PHÓ BÍ THƯ']))).toEqual([]);
  });

  it('forbids handing on a signature received with TUQ.', () => {
    expect(canRedelegate('TUQ')).toBe(false);
    expect(canRedelegate('TL')).toBe(true);
    const issues = validateSignerBlock(parseBlock(['TUQ. CHỦ TỊCH', 'KT. GIÁM ĐỐC SỞ', 'PHÓ GIÁM ĐỐC SỞ']));
    expect(issues).toEqual([
      {
        code: 'INVALID_SIGNER_LINE',
        message:
          'Người ký thừa ủy quyền (TUQ.) không được ủy quyền lại cho người khác ký: không được có "KT. GIÁM ĐỐC SỞ" sau dòng TUQ.',
      },
    ]);
  });

  it('wants the signer’s title last and TM. first', () => {
    expect(validateSignerBlock(parseBlock(['KT. CHỦ TỊCH'])).map((issue) => issue.message)).toEqual([
      'Dòng cuối phải là chức vụ của người ký, không có tiền tố thẩm quyền (đang là "KT. CHỦ TỊCH").',
    ]);
    expect(
      validateSignerBlock(parseBlock(['KT. CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ TỊCH'])),
    ).toHaveLength(1);
    expect(validateSignerBlock([])).toHaveLength(1);
  });
});
