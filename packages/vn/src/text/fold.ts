const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const SPACES = /\s+/g;

/**
 * The text without diacritics: tone and vowel marks removed, `đ`/`Đ` → `d`/`D`
 * (`foldAccents('Hà Nội') === 'Ha Noi'`). Letters of other scripts stay; the result is NFC.
 */
export function foldAccents(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
    .normalize('NFC');
}

/**
 * The form to compare or index names by, whatever their spelling: lower case, accent-folded,
 * white space collapsed (`toSearchKey('  Phường  Hoàn Kiếm ') === 'phuong hoan kiem'`).
 */
export function toSearchKey(text: string): string {
  return foldAccents(text.normalize('NFC').toLowerCase()).replace(SPACES, ' ').trim();
}
