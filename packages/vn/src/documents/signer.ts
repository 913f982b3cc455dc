import { fail, succeed, VnError, type VnIssue, type VnResult } from '../errors.ts';

/**
 * Lines of the signature block (Decree 30/2020/NĐ-CP, Art. 13 and Appendix I; Party documents:
 * Guide 36-HD/VPTW).
 * - TM. (thay mặt): on behalf of a collective body, e.g. "TM. ỦY BAN NHÂN DÂN";
 * - KT. (ký thay): a deputy signs for the head, e.g. "KT. CHỦ TỊCH";
 * - Q. (quyền): acting head;
 * - TL. (thừa lệnh): by order of the head (may be handed on to a deputy with KT.);
 * - TUQ. (thừa ủy quyền): by written authorisation; the authorised person cannot authorise
 *   anyone else (Decree 30, Art. 13).
 * Party documents write "T/M" and "K/T" [verify the other Party prefixes].
 */
export type SigningAuthority = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';
export type SignerLine = {
  /** Absent on a plain title line (the signer's own title, e.g. "PHÓ CHỦ TỊCH"). */
  authority?: SigningAuthority;
  title: string;
  style: 'state' | 'party';
};

export const SIGNING_AUTHORITY_NAMES: Readonly<Record<SigningAuthority, string>> = Object.freeze({
  TM: 'Thay mặt',
  KT: 'Ký thay',
  Q: 'Quyền',
  TL: 'Thừa lệnh',
  TUQ: 'Thừa ủy quyền',
});

const STATE_PREFIX = /^(TM|KT|Q|TL|TUQ)\s*\.\s*(.*)$/iu;
const PARTY_PREFIX = /^(T\/M|K\/T)\s+(.*)$/iu;
const PARTY_AUTHORITIES: ReadonlySet<SigningAuthority> = new Set(['TM', 'KT']);

/** Whether a signer with this authority may hand the signature on (TUQ. may not). */
export function canRedelegate(authority: SigningAuthority): boolean {
  return authority !== 'TUQ';
}

/** Reads one line of a signature block: "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH". */
export function parseSignerLine(text: string): VnResult<SignerLine> {
  const input = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const party = PARTY_PREFIX.exec(input);
  const state = party === null ? STATE_PREFIX.exec(input) : null;
  const prefix = party?.[1] ?? state?.[1];
  const title = (party?.[2] ?? state?.[2] ?? input).trim();
  if (title === '') {
    return fail('INVALID_SIGNER_LINE', `Dòng thẩm quyền ký "${input}" thiếu chức danh hoặc tên cơ quan.`);
  }
  if (prefix === undefined) return succeed({ title, style: 'state' });
  const authority = prefix.replace('/', '').toUpperCase() as SigningAuthority;
  return succeed({ authority, title, style: party === null ? 'state' : 'party' });
}

/** Writes one line: "KT. CHỦ TỊCH" / "K/T BÍ THƯ"; throws `VnError` for a prefix the style does not have. */
export function formatSignerLine(line: SignerLine): string {
  const title = line.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (title === '') throw new VnError('INVALID_SIGNER_LINE', 'Dòng thẩm quyền ký thiếu chức danh.');
  if (line.authority === undefined) return title;
  if (line.style === 'party') {
    if (!PARTY_AUTHORITIES.has(line.authority)) {
      throw new VnError(
        'INVALID_SIGNER_LINE',
        `Văn bản của Đảng không dùng thẩm quyền ký "${line.authority}".`,
      );
    }
    return `${line.authority === 'TM' ? 'T/M' : 'K/T'} ${title}`;
  }
  return `${line.authority}. ${title}`;
}

/**
 * Checks a whole signature block, top to bottom, and returns the problems (empty when valid):
 * the last line is the signer's own title without a prefix; TM. only as the first line; nothing
 * handed on after TUQ.
 */
export function validateSignerBlock(lines: readonly SignerLine[]): VnIssue[] {
  const issues: VnIssue[] = [];
  const report = (message: string) => issues.push({ code: 'INVALID_SIGNER_LINE', message });
  const last = lines[lines.length - 1];
  if (last === undefined)
    return [{ code: 'INVALID_SIGNER_LINE', message: 'Chưa có dòng thẩm quyền, chức vụ người ký.' }];
  if (last.authority !== undefined) {
    report(
      `Dòng cuối phải là chức vụ của người ký, không có tiền tố thẩm quyền (đang là "${formatSignerLine(last)}").`,
    );
  }
  lines.forEach((line, index) => {
    if (line.authority === 'TM' && index > 0) report('"TM." (thay mặt tập thể) chỉ được ở dòng đầu tiên.');
    if (line.authority !== undefined && !canRedelegate(line.authority)) {
      const handedOn = lines.slice(index + 1).find((next) => next.authority !== undefined);
      if (handedOn !== undefined) {
        report(
          `Người ký thừa ủy quyền (TUQ.) không được ủy quyền lại cho người khác ký: không được có "${formatSignerLine(handedOn)}" sau dòng TUQ.`,
        );
      }
    }
  });
  return issues;
}
