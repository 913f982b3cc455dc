import { formatLocalDateTime, formatPlaceDate, formatVnd, isLocalDate } from '@lienthong/vn';
import type { ApplicantRecord } from '../dossiers.schema.ts';

/** Dates and times as printed on the forms: dd/mm/yyyy and 24-hour HH:mm, Vietnam time (UTC+7). */

function parts(moment: Date): { date: string; time: string } {
  // '2026-03-05T17:00:00+07:00'
  const local = formatLocalDateTime(moment);
  const [year, month, day] = local.slice(0, 10).split('-');
  return { date: `${day}/${month}/${year}`, time: local.slice(11, 16) };
}

/** '05/03/2026' */
export function formatDate(moment: Date): string {
  return parts(moment).date;
}

/** '17:00 ngày 05/03/2026' */
export function formatDateTime(moment: Date): string {
  const { date, time } = parts(moment);
  return `${time} ngày ${date}`;
}

/** '05/03/2026 17:00' (tables) */
export function formatCellDateTime(moment: Date | null): string {
  if (!moment) return '';
  const { date, time } = parts(moment);
  return `${date} ${time}`;
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'; anything else as given. */
export function formatLocalDateText(text: string): string {
  if (!isLocalDate(text)) return text;
  const [year, month, day] = text.split('-');
  return `${day}/${month}/${year}`;
}

/** 'Hà Nội, ngày 05 tháng 3 năm 2026' (Decree 30/2020, Appendix I). */
export function placeDateLine(placeName: string, issuedAt: Date): string {
  return formatPlaceDate(placeName, issuedAt);
}

/** '50.000 đồng' */
export function formatMoney(amount: number): string {
  return formatVnd(amount, { style: 'word' });
}

/** How the applicant is addressed: the person, or the business they file for. */
export function applicantName(applicant: ApplicantRecord): string {
  return applicant.kind === 'business' && applicant.businessName
    ? applicant.businessName
    : applicant.fullName;
}

export function addressee(applicant: ApplicantRecord): string {
  return applicant.kind === 'business' && applicant.businessName
    ? applicant.businessName
    : `Ông/Bà ${applicant.fullName}`;
}

/** The applicant's particulars, label → value, in print order; absent ones are left out. */
export function applicantFields(applicant: ApplicantRecord): { label: string; value: string }[] {
  const fields: { label: string; value: string }[] = [];
  if (applicant.kind === 'business' && applicant.businessName) {
    fields.push({ label: 'Tổ chức', value: applicant.businessName });
    if (applicant.taxCode) fields.push({ label: 'Mã số thuế', value: applicant.taxCode });
    fields.push({ label: 'Người đại diện', value: applicant.fullName });
  } else {
    fields.push({ label: 'Ông/Bà', value: applicant.fullName });
  }
  fields.push({ label: 'Số định danh cá nhân', value: applicant.personalId });
  if (applicant.address) fields.push({ label: 'Địa chỉ', value: applicant.address });
  if (applicant.phone) fields.push({ label: 'Số điện thoại', value: applicant.phone });
  if (applicant.email) fields.push({ label: 'Thư điện tử', value: applicant.email });
  return fields;
}

const PART_SOURCES: Record<string, string> = {
  upload: 'Tệp tải lên',
  wallet: 'Kho dữ liệu cá nhân',
  desk_scan: 'Số hóa tại Bộ phận Một cửa',
};

export function partSourceLabel(source: string): string {
  return PART_SOURCES[source] ?? source;
}

/** A number of working days as written in Vietnamese: '0,5', '15'. */
export function formatDays(days: number): string {
  return String(days).replace('.', ',');
}
