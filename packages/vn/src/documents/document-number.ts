import { fail, succeed, VnError, type VnResult } from '../errors.ts';
import { findDocumentType } from './document-types.ts';

/**
 * Number and symbol of an official document (số, ký hiệu).
 *
 * State style, Decree 30/2020/NĐ-CP, Art. 8 and Appendix I: `Số: 05/QĐ-UBND` (type-issuer),
 * `Số: 123/UBND-VP` (công văn: issuer-drafting unit), `Số: 30/2020/NĐ-CP` (legal normative
 * documents carry the year). Party style, Guide 36-HD/VPTW: `Số 370-QĐ/TU` (no colon, the type
 * after a hyphen, the issuer after a slash). Numbers below 10 are written with two digits.
 */
export type DocumentNumber = {
  number: number;
  /** Year of issue, only in numbers of legal normative documents (`30/2020/NĐ-CP`). */
  year?: number;
  /** Abbreviation of the document type (`QĐ`); absent for a state công văn. */
  typeCode?: string;
  /** Abbreviation of the issuing body or title (`UBND`, `TU`, `TTg`). */
  issuer: string;
  /** What follows the issuer: the drafting unit or field (`VP`), possibly with hyphens. */
  unitSuffix?: string;
  style: 'state' | 'party';
};

export type FormatDocumentNumberOptions = { prefix?: boolean };

const TOKEN = String.raw`[\p{L}\p{N}]+`;
const SYMBOL = String.raw`${TOKEN}(?:\s*-\s*${TOKEN})*`;
const STATE = new RegExp(String.raw`^(?:số\s*:?\s*)?(\d{1,6})\s*/\s*(?:(\d{4})\s*/\s*)?(${SYMBOL})$`, 'iu');
const PARTY = new RegExp(String.raw`^(?:số\s*:?\s*)?(\d{1,6})\s*-\s*(\p{L}+)\s*/\s*(${SYMBOL})$`, 'iu');
const CODE = /^\p{L}[\p{L}\p{N}]*$/u;
const SUFFIX = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const EXAMPLES = '"Số: 05/QĐ-UBND", "Số: 123/UBND-VP" (công văn) hoặc "Số 370-QĐ/TU" (văn bản của Đảng)';

function invalid(message: string): VnResult<DocumentNumber> {
  return fail('INVALID_DOCUMENT_NUMBER', message);
}

function splitSymbol(symbol: string): string[] {
  return symbol.split('-').map((token) => token.trim());
}

/** Reads a number and symbol, with or without the leading "Số:"; white space around separators is tolerated. */
export function parseDocumentNumber(text: string): VnResult<DocumentNumber> {
  const input = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (input === '') return invalid('Chưa nhập số, ký hiệu văn bản.');
  const party = PARTY.exec(input);
  const state = party === null ? STATE.exec(input) : null;
  const digits = party?.[1] ?? state?.[1];
  if (digits === undefined) {
    return invalid(`Số, ký hiệu văn bản "${input}" không đúng định dạng. Ví dụ hợp lệ: ${EXAMPLES}.`);
  }
  const number = Number(digits);
  if (number < 1) return invalid('Số của văn bản phải là số nguyên dương (bắt đầu từ 01).');

  if (party !== null) {
    const [issuer = '', ...suffix] = splitSymbol(party[3] ?? '');
    if (!CODE.test(issuer)) return invalid(`Chữ viết tắt tên cơ quan ban hành "${issuer}" không hợp lệ.`);
    return succeed(
      withOptional({ number, typeCode: party[2] ?? '', issuer, style: 'party' }, undefined, suffix),
    );
  }

  const year = state?.[2] === undefined ? undefined : Number(state[2]);
  if (year !== undefined && (year < 1945 || year > 2199)) {
    return invalid(`Năm ban hành ${year} trong số, ký hiệu văn bản không hợp lệ.`);
  }
  const tokens = splitSymbol(state?.[3] ?? '');
  const type = findDocumentType(tokens[0] ?? '');
  if (type?.code) {
    const [, issuer, ...suffix] = tokens;
    if (issuer === undefined) {
      return invalid(
        `Thiếu chữ viết tắt tên cơ quan, tổ chức ban hành sau "${type.code}-" (ví dụ ${type.code}-UBND).`,
      );
    }
    if (!CODE.test(issuer)) return invalid(`Chữ viết tắt tên cơ quan ban hành "${issuer}" không hợp lệ.`);
    return succeed(withOptional({ number, typeCode: type.code, issuer, style: 'state' }, year, suffix));
  }
  const [issuer = '', ...suffix] = tokens;
  if (!CODE.test(issuer)) return invalid(`Chữ viết tắt tên cơ quan ban hành "${issuer}" không hợp lệ.`);
  return succeed(withOptional({ number, issuer, style: 'state' }, year, suffix));
}

function withOptional(parts: DocumentNumber, year: number | undefined, suffix: string[]): DocumentNumber {
  const result: DocumentNumber = { ...parts };
  if (year !== undefined) result.year = year;
  if (suffix.length > 0) result.unitSuffix = suffix.join('-');
  return result;
}

function rejectParts(message: string): never {
  throw new VnError('INVALID_DOCUMENT_NUMBER', message);
}

/** Writes the canonical form; throws `VnError` for parts that cannot make a valid number. */
export function formatDocumentNumber(
  parts: DocumentNumber,
  options: FormatDocumentNumberOptions = {},
): string {
  const { number, year, typeCode, issuer, unitSuffix, style } = parts;
  if (!Number.isInteger(number) || number < 1 || number > 999_999) {
    rejectParts(`Số của văn bản phải là số nguyên dương (nhận được ${number}).`);
  }
  if (!CODE.test(issuer)) rejectParts(`Chữ viết tắt tên cơ quan ban hành "${issuer}" không hợp lệ.`);
  if (unitSuffix !== undefined && !SUFFIX.test(unitSuffix))
    rejectParts(`Phần ký hiệu "${unitSuffix}" không hợp lệ.`);
  const padded = String(number).padStart(2, '0');
  const tail = unitSuffix === undefined ? '' : `-${unitSuffix}`;
  if (style === 'party') {
    if (typeCode === undefined || !/^\p{L}+$/u.test(typeCode)) {
      rejectParts('Văn bản của Đảng phải có chữ viết tắt tên loại văn bản (ví dụ QĐ, NQ, CV).');
    }
    if (year !== undefined) rejectParts('Số văn bản của Đảng không ghi năm ban hành.');
    return `${options.prefix === false ? '' : 'Số '}${padded}-${typeCode}/${issuer}${tail}`;
  }
  if (typeCode !== undefined && findDocumentType(typeCode)?.code !== typeCode) {
    rejectParts(`"${typeCode}" không phải chữ viết tắt tên loại văn bản theo Nghị định 30/2020/NĐ-CP.`);
  }
  if (typeCode === undefined && findDocumentType(issuer) !== undefined) {
    rejectParts(
      `"${issuer}" là chữ viết tắt tên loại văn bản, không dùng làm tên cơ quan ban hành của công văn.`,
    );
  }
  if (year !== undefined && (!Number.isInteger(year) || year < 1945 || year > 2199)) {
    rejectParts(`Năm ban hành ${year} không hợp lệ.`);
  }
  const symbol = `${typeCode === undefined ? '' : `${typeCode}-`}${issuer}${tail}`;
  return `${options.prefix === false ? '' : 'Số: '}${padded}/${year === undefined ? '' : `${year}/`}${symbol}`;
}
