import { describe, expect, it } from 'vitest';
import { CITIZEN_HOME, changedFields, citizenFromClaims, safePortalNext } from './citizen.policy.ts';

const TODAY = new Date('2026-03-01T00:00:00Z');
const CLAIMS = {
  sub: 'abc',
  personal_id: '001192004821',
  name: 'Tra\u0302\u0300n Thi\u0323 Bi\u0301ch Ngo\u0323c ',
  birthdate: '1992-07-02',
  gender: 'female',
  address: {
    formatted: 'Số 5 ngõ 120 phố Hoàng Quốc Việt, Phường Nghĩa Đô, Thành phố Hà Nội',
    country: 'VN',
  },
  phone_number: '0987654321',
  email: 'bichngoc.tran@example.com',
  eid_level: 2,
  place_of_origin: 'Xã Thanh Trì, Thành phố Hà Nội',
};

describe('citizenFromClaims', () => {
  it('reads the e-ID claims into the record (NFC, trimmed, address formatted)', () => {
    const result = citizenFromClaims(CLAIMS, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        personalId: '001192004821',
        fullName: 'Trần Thị Bích Ngọc',
        birthDate: '1992-07-02',
        sex: 'female',
        nationality: 'Việt Nam',
        placeOfOrigin: 'Xã Thanh Trì, Thành phố Hà Nội',
        permanentAddress: 'Số 5 ngõ 120 phố Hoàng Quốc Việt, Phường Nghĩa Đô, Thành phố Hà Nội',
        phone: '0987654321',
        email: 'bichngoc.tran@example.com',
        eidLevel: 2,
      },
    });
  });

  it('accepts a plain-string address and missing optional claims', () => {
    const { address: _a, phone_number: _p, email: _e, eid_level: _l, place_of_origin: _o, ...rest } = CLAIMS;
    const result = citizenFromClaims({ ...rest, address: 'Thôn Đông, Xã Đông Anh' }, TODAY);
    expect(result.ok && result.value).toMatchObject({
      permanentAddress: 'Thôn Đông, Xã Đông Anh',
      phone: null,
      email: null,
      eidLevel: null,
      placeOfOrigin: null,
    });
  });

  it('refuses a personal ID of the wrong structure, or one that disagrees with sex or birth year', () => {
    const problem = (patch: Record<string, unknown>) => {
      const result = citizenFromClaims({ ...CLAIMS, ...patch }, TODAY);
      return result.ok ? 'ok' : result.problem;
    };
    expect(problem({ personal_id: '00119200482' })).toBe('personal_id: invalid structure');
    expect(problem({ personal_id: '003192004821' })).toBe('personal_id: invalid structure');
    expect(problem({ personal_id: '001192004821', gender: 'male' })).toBe(
      'personal_id: sex disagrees with gender',
    );
    expect(problem({ birthdate: '1993-07-02' })).toBe('personal_id: birth year disagrees with birthdate');
    expect(problem({ personal_id: '001327004821', birthdate: '2027-01-01' })).toBe(
      'personal_id: invalid structure',
    );
  });

  it('names the missing or malformed claims, never their values', () => {
    const result = citizenFromClaims(
      { ...CLAIMS, name: '', birthdate: '02/07/1992', personal_id: undefined },
      TODAY,
    );
    expect(result).toEqual({
      ok: false,
      problem: 'claims missing or malformed: personal_id, name, birthdate',
    });
  });
});

describe('safePortalNext', () => {
  it('keeps portal paths with their query', () => {
    expect(safePortalNext('/ca-nhan/truy-cap-du-lieu')).toBe('/ca-nhan/truy-cap-du-lieu');
    expect(safePortalNext('/thu-tuc?q=khai%20sinh#ket-qua')).toBe('/thu-tuc?q=khai%20sinh#ket-qua');
    expect(safePortalNext('/')).toBe('/');
  });

  it('falls back to the profile for other origins, the workspace, the API and odd input', () => {
    for (const next of [
      undefined,
      '',
      'ca-nhan',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      '/app',
      '/app/lich-lam-viec',
      '/api/v1/audit',
      '/ca-nhan\n',
      '/ca nhan',
    ]) {
      expect(safePortalNext(next)).toBe(CITIZEN_HOME);
    }
    expect(safePortalNext('/application')).toBe('/application');
  });
});

describe('changedFields', () => {
  it('names the fields whose value changed', () => {
    const result = citizenFromClaims(CLAIMS, TODAY);
    if (!result.ok) throw new Error(result.problem);
    const before = result.value;
    expect(changedFields(before, { ...before })).toEqual([]);
    expect(changedFields(before, { ...before, phone: '0912000000', eidLevel: 1 })).toEqual([
      'phone',
      'eidLevel',
    ]);
  });
});
