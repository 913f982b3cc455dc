/**
 * Types of administrative documents and their abbreviations: Decree 30/2020/NĐ-CP, Art. 7
 * (29 types) and Appendix III (abbreviations). Công văn and thư công have no abbreviation:
 * a công văn's symbol is issuer + drafting unit (`123/UBND-VP`).
 */
export type DocumentType = { code: string | null; name: string };

export const ADMINISTRATIVE_DOCUMENT_TYPES: readonly DocumentType[] = Object.freeze([
  { code: 'NQ', name: 'Nghị quyết (cá biệt)' },
  { code: 'QĐ', name: 'Quyết định (cá biệt)' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: null, name: 'Công văn' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'BGN', name: 'Bản ghi nhớ' },
  { code: 'BTT', name: 'Bản thỏa thuận' },
  { code: 'GUQ', name: 'Giấy ủy quyền' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'GNP', name: 'Giấy nghỉ phép' },
  { code: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', name: 'Phiếu báo' },
  { code: null, name: 'Thư công' },
]);

/** Kinds of copies (Decree 30/2020/NĐ-CP, Appendix III): sao y, sao lục, trích sao. */
export const COPY_TYPES: readonly DocumentType[] = Object.freeze([
  { code: 'SY', name: 'Bản sao y' },
  { code: 'SL', name: 'Bản sao lục' },
  { code: 'TS', name: 'Bản trích sao' },
]);

/**
 * Type codes of legal normative documents that appear in numbers with a year
 * (`30/2020/NĐ-CP`, `59/2021/TT-BCA`); recognised by the number parser, not an exhaustive list.
 */
export const NORMATIVE_DOCUMENT_TYPES: readonly DocumentType[] = Object.freeze([
  { code: 'L', name: 'Lệnh' },
  { code: 'PL', name: 'Pháp lệnh' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'NQLT', name: 'Nghị quyết liên tịch' },
]);

const BY_UPPER_CODE = new Map<string, DocumentType>();
for (const type of [...ADMINISTRATIVE_DOCUMENT_TYPES, ...NORMATIVE_DOCUMENT_TYPES]) {
  if (type.code !== null) BY_UPPER_CODE.set(type.code.toUpperCase(), type);
}

/** The document type of an abbreviation, in any letter case (`'qyđ'` → Quy định). */
export function findDocumentType(code: string): DocumentType | undefined {
  return BY_UPPER_CODE.get(code.normalize('NFC').toUpperCase());
}
