/**
 * @lienthong/vn — the Vietnamese domain toolkit: text, calendar and deadlines, official document
 * formats, codes and money. Dependency-free; runs in Node and in the browser. See README.md.
 */

// Calendar and deadlines
export {
  type CalendarOverrides,
  type CalendarYearDecision,
  type OverridesIssue,
  type OverridesValidation,
  validateCalendarOverrides,
} from './calendar/calendar-overrides.ts';
export {
  DEFAULT_WORKDAY,
  type DeadlineOptions,
  type Pause,
  SAME_DAY_CUTOFF,
  type WorkPeriod,
} from './calendar/deadline-options.ts';
export { DEFAULT_CALENDAR_OVERRIDES } from './calendar/default-calendar-overrides.ts';
export {
  type DateInput,
  type DateParts,
  formatLocalDateTime,
  isLocalDate,
  type LocalDate,
  type Moment,
  toLocalDate,
  toMoment,
} from './calendar/local-date.ts';
export {
  getLeapMonth,
  getLunarMonthLength,
  type LunarDate,
  lunarToSolar,
  solarToLunar,
} from './calendar/lunar.ts';
export {
  type Holiday,
  type HolidayKind,
  listBaseDaysOff,
  listStatutoryHolidays,
} from './calendar/statutory-holidays.ts';
export {
  createWorkingCalendar,
  getDefaultCalendar,
  type WorkingCalendar,
} from './calendar/working-calendar.ts';
export { addWorkingDays, countWorkingDays, resolveReceiptDate } from './calendar/working-days.ts';
export { addWorkingHours, workingHoursBetween } from './calendar/working-hours.ts';
// Codes
export {
  type AdminUnitCode,
  type AdminUnitLevel,
  detectAdminUnitLevel,
  validateAdminUnitCode,
} from './codes/admin-unit-code.ts';
export {
  decodePersonalId,
  PERSONAL_ID_PROVINCES,
  type PersonalIdInfo,
  type Sex,
} from './codes/personal-id.ts';
export {
  formatPhoneNumber,
  type PhoneKind,
  type PhoneNumber,
  parsePhoneNumber,
} from './codes/phone-number.ts';
export { computeTaxCheckDigit, generateTaxCode, type TaxCode, validateTaxCode } from './codes/tax-code.ts';
// Official documents
export {
  type DocumentNumber,
  type FormatDocumentNumberOptions,
  formatDocumentNumber,
  parseDocumentNumber,
} from './documents/document-number.ts';
export {
  ADMINISTRATIVE_DOCUMENT_TYPES,
  COPY_TYPES,
  type DocumentType,
  findDocumentType,
  NORMATIVE_DOCUMENT_TYPES,
} from './documents/document-types.ts';
export { formatPlaceDate, type PlaceDate, parsePlaceDate } from './documents/place-date.ts';
export {
  canRedelegate,
  formatSignerLine,
  parseSignerLine,
  SIGNING_AUTHORITY_NAMES,
  type SignerLine,
  type SigningAuthority,
  validateSignerBlock,
} from './documents/signer.ts';
export type { VnErrorCode, VnIssue, VnResult } from './errors.ts';
export { unwrapResult, VnError } from './errors.ts';
// Money
export { type AmountInWordsOptions, amountInWords } from './money/amount-in-words.ts';
export { computeCrc16 } from './money/crc16.ts';
export {
  buildVietQrPayload,
  parseVietQrPayload,
  type VietQrInput,
  type VietQrPayload,
  type VietQrService,
} from './money/vietqr.ts';
export { type FormatVndOptions, formatVnd, type VndStyle } from './money/vnd-format.ts';
// Text
export { foldAccents, toSearchKey } from './text/fold.ts';
export { type NormalizeOptions, normalizeVietnamese } from './text/normalize.ts';
export { createSegmenter, type Segmenter, type SegmenterOptions } from './text/segment.ts';
export { isStopword } from './text/stopwords.ts';
export { VIETNAMESE_STOPWORDS } from './text/stopwords-vi.ts';
export {
  listSearchTerms,
  type SearchTokens,
  type TokenizeOptions,
  tokenizeForSearch,
} from './text/tokenize.ts';
export { normalizeToneMarks, type ToneStyle } from './text/tone-marks.ts';
