import { fail, succeed, VnError, type VnResult } from '../errors.ts';
import { foldAccents } from '../text/fold.ts';
import { computeCrc16 } from './crc16.ts';

/**
 * VietQR payment payloads (NAPAS VietQR specification, an EMVCo merchant-presented QR profile):
 * TLV fields `ID(2) LENGTH(2) VALUE`:
 *   00 payload format "01" · 01 initiation "11" static / "12" dynamic (with an amount) ·
 *   38 consumer account information { 00 GUID "A000000727" · 01 { 00 bank BIN · 01 account or
 *   card number } · 02 service "QRIBFTTA" (to an account) / "QRIBFTTC" (to a card) } ·
 *   53 currency "704" · 54 amount · 58 country "VN" · 62 additional data { 08 purpose } ·
 *   63 CRC-16/CCITT-FALSE over everything before it, "6304" included.
 */
export type VietQrService = 'account' | 'card';
export type VietQrInput = {
  /** 6-digit bank identification number (BIN) of NAPAS, e.g. '970436'. */
  bankBin: string;
  /** Account (or card) number: up to 19 letters and digits. */
  accountNumber: string;
  service?: VietQrService;
  /** Whole đồng; absent for a static QR where the payer types the amount. */
  amount?: number;
  /** Transfer message; accents are removed (banks expect ASCII); at most 25 characters. */
  purpose?: string;
};
export type VietQrPayload = {
  bankBin: string;
  accountNumber: string;
  service: VietQrService;
  initiation: 'static' | 'dynamic';
  currency: string;
  country: string;
  amount?: number;
  purpose?: string;
};

const GUID = 'A000000727';
const SERVICE_CODES: Readonly<Record<VietQrService, string>> = { account: 'QRIBFTTA', card: 'QRIBFTTC' };
const MAX_PURPOSE = 25;

function field(id: string, value: string): string {
  if (value.length > 99) throw new VnError('INVALID_VIETQR', `Trường ${id} của mã VietQR dài quá 99 ký tự.`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

function rejectInput(message: string): never {
  throw new VnError('INVALID_VIETQR', message);
}

/** The payload text to encode in the QR image; throws `VnError` for invalid input. */
export function buildVietQrPayload(input: VietQrInput): string {
  const { bankBin, accountNumber, amount } = input;
  if (!/^\d{6}$/.test(bankBin)) rejectInput('Mã BIN ngân hàng phải gồm đúng 6 chữ số (ví dụ 970436).');
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
    rejectInput('Số tài khoản (hoặc số thẻ) chỉ gồm chữ và số, tối đa 19 ký tự.');
  }
  if (amount !== undefined && (!Number.isSafeInteger(amount) || amount <= 0 || amount > 9_999_999_999_999)) {
    rejectInput('Số tiền phải là số nguyên dương (đồng), tối đa 13 chữ số.');
  }
  const purpose = input.purpose === undefined ? '' : foldAccents(input.purpose).replace(/\s+/g, ' ').trim();
  if (!/^[\x20-\x7e]*$/.test(purpose))
    rejectInput('Nội dung chuyển khoản chỉ được gồm chữ cái, chữ số và dấu câu thông thường.');
  if (purpose.length > MAX_PURPOSE)
    rejectInput(`Nội dung chuyển khoản tối đa ${MAX_PURPOSE} ký tự (đang có ${purpose.length}).`);
  const account = field('00', GUID) + field('01', field('00', bankBin) + field('01', accountNumber));
  const parts = [
    field('00', '01'),
    field('01', amount === undefined ? '11' : '12'),
    field('38', account + field('02', SERVICE_CODES[input.service ?? 'account'])),
    field('53', '704'),
    amount === undefined ? '' : field('54', String(amount)),
    field('58', 'VN'),
    purpose === '' ? '' : field('62', field('08', purpose)),
  ];
  const body = `${parts.join('')}6304`;
  return body + computeCrc16(body);
}

/** TLV fields of a payload (or of a template), or undefined when the lengths do not add up. */
function readFields(text: string): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const id = text.slice(index, index + 2);
    const length = Number(text.slice(index + 2, index + 4));
    if (!/^\d{2}$/.test(id) || !/^\d{2}$/.test(text.slice(index + 2, index + 4))) return undefined;
    const value = text.slice(index + 4, index + 4 + length);
    if (value.length !== length || fields.has(id)) return undefined;
    fields.set(id, value);
    index += 4 + length;
  }
  return fields;
}

function invalid(message: string): VnResult<VietQrPayload> {
  return fail('INVALID_VIETQR', `Mã VietQR không hợp lệ: ${message}`);
}

/** Reads a VietQR payload, checking its structure and its CRC. */
export function parseVietQrPayload(payload: string): VnResult<VietQrPayload> {
  const text = payload.trim();
  const crcAt = text.length - 8;
  if (crcAt < 0 || text.slice(crcAt, crcAt + 4) !== '6304')
    return invalid('thiếu mã kiểm tra CRC ở cuối (6304…).');
  if (computeCrc16(text.slice(0, crcAt + 4)) !== text.slice(crcAt + 4).toUpperCase()) {
    return invalid('sai mã kiểm tra CRC (dữ liệu bị hỏng hoặc bị sửa).');
  }
  const fields = readFields(text.slice(0, crcAt));
  if (fields === undefined) return invalid('cấu trúc trường (mã, độ dài, giá trị) bị sai.');
  if (fields.get('00') !== '01') return invalid('trường định dạng (00) phải là "01".');
  const account = readFields(fields.get('38') ?? '');
  if (account === undefined || account.get('00') !== GUID) {
    return invalid('không có thông tin tài khoản VietQR (trường 38 với mã NAPAS A000000727).');
  }
  const beneficiary = readFields(account.get('01') ?? '');
  const bankBin = beneficiary?.get('00') ?? '';
  const accountNumber = beneficiary?.get('01') ?? '';
  if (!/^\d{6}$/.test(bankBin) || accountNumber === '')
    return invalid('thiếu mã BIN ngân hàng hoặc số tài khoản.');
  const serviceCode = account.get('02');
  const service = serviceCode === 'QRIBFTTC' ? 'card' : serviceCode === 'QRIBFTTA' ? 'account' : undefined;
  if (service === undefined) return invalid(`mã dịch vụ "${serviceCode ?? ''}" không được hỗ trợ.`);
  const initiation = fields.get('01');
  const currency = fields.get('53') ?? '';
  const country = fields.get('58') ?? '';
  if (currency !== '704' || country !== 'VN') return invalid('tiền tệ phải là VND (704) và quốc gia là VN.');
  const result: VietQrPayload = {
    bankBin,
    accountNumber,
    service,
    initiation: initiation === '12' ? 'dynamic' : 'static',
    currency,
    country,
  };
  const amount = fields.get('54');
  if (amount !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(amount)) return invalid(`số tiền "${amount}" không hợp lệ.`);
    result.amount = Number(amount);
  }
  const purpose = readFields(fields.get('62') ?? '')?.get('08');
  if (purpose !== undefined) result.purpose = purpose;
  return succeed(result);
}
