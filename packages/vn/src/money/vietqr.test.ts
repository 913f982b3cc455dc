import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCrc16 } from './crc16.ts';
import { buildVietQrPayload, parseVietQrPayload, type VietQrInput } from './vietqr.ts';

// A payload published with the Go library github.com/subiz/vietqr (120.000 đ to VietinBank 970415).
const PUBLISHED =
  '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C';

describe('CRC-16/CCITT-FALSE', () => {
  it('matches the standard check value', () => {
    expect(computeCrc16('123456789')).toBe('29B1');
    expect(computeCrc16('')).toBe('FFFF');
  });
});

describe('VietQR', () => {
  it('builds the same payload as a published example', () => {
    expect(
      buildVietQrPayload({
        bankBin: '970415',
        accountNumber: '0011001932418',
        amount: 120000,
        purpose: 'ủng hộ lũ lụt',
      }),
    ).toBe(PUBLISHED);
  });

  it('parses a payload and checks its CRC', () => {
    expect(parseVietQrPayload(PUBLISHED)).toEqual({
      ok: true,
      value: {
        bankBin: '970415',
        accountNumber: '0011001932418',
        service: 'account',
        initiation: 'dynamic',
        currency: '704',
        country: 'VN',
        amount: 120000,
        purpose: 'ung ho lu lut',
      },
    });
    const tampered = PUBLISHED.replace('5406120000', '5406920000');
    const result = parseVietQrPayload(tampered);
    expect(result.ok ? '' : result.error.message).toBe(
      'Mã VietQR không hợp lệ: sai mã kiểm tra CRC (dữ liệu bị hỏng hoặc bị sửa).',
    );
  });

  it('builds a static QR without amount or purpose, and a card transfer', () => {
    const payload = buildVietQrPayload({ bankBin: '970436', accountNumber: '1234567890' });
    expect(payload).toContain('010211');
    expect(payload).not.toContain('5406');
    expect(parseVietQrPayload(payload)).toMatchObject({
      ok: true,
      value: { initiation: 'static', service: 'account' },
    });
    const card = buildVietQrPayload({
      bankBin: '970436',
      accountNumber: '9704361234567890',
      service: 'card',
    });
    expect(card).toContain('QRIBFTTC');
  });

  it('rejects invalid input in Vietnamese', () => {
    const base: VietQrInput = { bankBin: '970436', accountNumber: '1234567890' };
    expect(() => buildVietQrPayload({ ...base, bankBin: '97043' })).toThrow('BIN');
    expect(() => buildVietQrPayload({ ...base, accountNumber: '12-34' })).toThrow('Số tài khoản');
    expect(() => buildVietQrPayload({ ...base, amount: 0 })).toThrow('Số tiền');
    expect(() =>
      buildVietQrPayload({ ...base, purpose: 'Nộp phí hồ sơ số 000.00.01.H26-250101-0001' }),
    ).toThrow('tối đa 25 ký tự');
    expect(() => buildVietQrPayload({ ...base, purpose: 'phí 💸' })).toThrow('Nội dung chuyển khoản');
    expect(parseVietQrPayload('hello').ok).toBe(false);
    const noGuid = `0002010102115802VN6304`;
    expect(parseVietQrPayload(noGuid + computeCrc16(noGuid)).ok).toBe(false);
  });

  it('build → parse round-trips with a valid CRC (property)', () => {
    const input = fc.record(
      {
        bankBin: fc.stringMatching(/^9704\d{2}$/),
        accountNumber: fc.stringMatching(/^[0-9A-Z]{1,19}$/),
        service: fc.constantFrom('account' as const, 'card' as const),
        amount: fc.integer({ min: 1, max: 9_999_999_999_999 }),
        purpose: fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9 .,-]{0,23}[A-Za-z0-9])?$/),
      },
      { requiredKeys: ['bankBin', 'accountNumber', 'service'] },
    );
    fc.assert(
      fc.property(input, (data) => {
        const payload = buildVietQrPayload(data);
        expect(computeCrc16(payload.slice(0, -4))).toBe(payload.slice(-4));
        const parsed = parseVietQrPayload(payload);
        expect(parsed).toEqual({
          ok: true,
          value: {
            ...data,
            purpose: data.purpose?.replace(/\s+/g, ' '),
            initiation: data.amount === undefined ? 'static' : 'dynamic',
            currency: '704',
            country: 'VN',
          },
        });
      }),
      { numRuns: 300 },
    );
  });
});
