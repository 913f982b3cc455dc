import type { SignatureReport } from '@lienthong/contracts';
import { PDFString } from 'pdf-lib';
import { isPdf } from '../pdf/incremental.ts';
import { sha256 } from '../pki/crypto.ts';
import { laterChanges } from './changes.ts';
import { type VerifyContext, verifyCms } from './cms-verify.ts';
import { Checks } from './report.ts';

/**
 * Finds every signature of a PDF from its /ByteRange and verifies each: the CMS over the
 * ranges, that the ranges are well formed and inside the file, and what changed after it.
 */
type Found = {
  range: [number, number, number, number];
  cms: Uint8Array | undefined;
  fieldName: string | null;
  claimedTime: Date | undefined;
};

const latin1 = (b: Uint8Array, from: number, to: number) =>
  Buffer.from(b.subarray(Math.max(0, from), Math.min(b.length, to))).toString('latin1');

function findSignatures(file: Uint8Array): Found[] {
  const text = Buffer.from(file).toString('latin1');
  const found: Found[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const range = [1, 2, 3, 4].map((i) => Number(match[i])) as [number, number, number, number];
    const [, b1, b2] = range;
    let cms: Uint8Array | undefined;
    if (b1 < b2 && b2 <= file.length && file[b1] === 0x3c && file[b2 - 1] === 0x3e) {
      const hex = latin1(file, b1 + 1, b2 - 1).replace(/\s/g, '');
      if (/^[0-9a-fA-F]*$/.test(hex)) cms = Buffer.from(hex.replace(/(00)+$/, ''), 'hex');
    }
    const around = `${latin1(file, (match.index ?? 0) - 1500, match.index ?? 0)}${latin1(file, b2, b2 + 1500)}`;
    const m = /\/M\s*\((D:[^)]*)\)/.exec(around);
    let claimedTime: Date | undefined;
    try {
      claimedTime = m?.[1] ? PDFString.of(m[1]).decodeDate() : undefined;
    } catch {
      claimedTime = undefined;
    }
    const name = /\/T\s*\(([^)]{1,80})\)\s*\/F/.exec(latin1(file, b2, file.length).slice(0, 20_000));
    found.push({ range, cms, fieldName: name?.[1] ?? null, claimedTime });
  }
  return found;
}

export type PdfVerification = { signatures: SignatureReport[]; problems: string[] };

export async function verifyPdf(file: Uint8Array, context: VerifyContext): Promise<PdfVerification> {
  if (!isPdf(file)) throw new Error('not a PDF');
  const problems: string[] = [];
  const tail = latin1(file, file.length - 64, file.length);
  if (!/%%EOF\s*$/.test(tail)) {
    problems.push('Tệp PDF không kết thúc bằng %%EOF: tệp bị cắt cụt hoặc không đầy đủ.');
  }
  const hasDss = /\/DSS\s+\d+\s+\d+\s+R/.test(latin1(file, 0, file.length));
  const reports: SignatureReport[] = [];
  const found = findSignatures(file);
  for (const [i, sig] of found.entries()) {
    const [b0, b1, b2, b3] = sig.range;
    const base = { index: i + 1, fieldName: sig.fieldName };
    const end = b2 + b3;
    if (b0 !== 0 || b1 >= b2 || end > file.length || !sig.cms) {
      const checks = new Checks();
      checks.fail(
        'FORMAT',
        end > file.length
          ? `Tệp bị cắt cụt: chữ ký cần ${end} byte nhưng tệp chỉ có ${file.length} byte.`
          : 'Vùng ký (/ByteRange) hoặc dữ liệu chữ ký (/Contents) không hợp lệ.',
      );
      reports.push({
        ...base,
        status: 'invalid',
        signer: null,
        signingTime: null,
        timestamp: null,
        level: 'CMS',
        chain: [],
        revocation: null,
        coverage: null,
        checks: checks.items,
      });
      continue;
    }
    const signed = Buffer.concat([file.subarray(0, b1), file.subarray(b2, end)]);
    const result = await verifyCms(sig.cms, sha256(signed), context, sig.claimedTime);
    const whole = end === file.length || /^\s*$/.test(latin1(file, end, file.length));
    let changes: 'none' | 'signatures_only' | 'other' = 'none';
    if (!whole) changes = await laterChanges(file, end).catch(() => 'other' as const);
    const coverage = new Checks();
    if (whole) coverage.pass('COVERAGE', 'Chữ ký bao trùm toàn bộ tệp.');
    else if (changes === 'signatures_only') {
      coverage.pass(
        'COVERAGE',
        'Sau khi ký, tệp chỉ được bổ sung chữ ký số khác hoặc dữ liệu kiểm tra (được phép).',
      );
    } else coverage.fail('COVERAGE', 'Tệp đã bị thay đổi nội dung sau khi ký (có bản cập nhật bổ sung).');
    const checks = [...result.checks, ...coverage.items];
    const failed = checks.some((c) => c.status === 'failed');
    reports.push({
      ...base,
      ...result,
      status: failed ? 'invalid' : result.status,
      level: result.level === 'B-T' && hasDss ? 'B-LT' : result.level,
      coverage: { wholeDocument: whole, laterChanges: changes },
      checks,
    });
  }
  return { signatures: reports, problems };
}
