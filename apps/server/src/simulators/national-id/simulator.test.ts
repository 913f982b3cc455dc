import { readFileSync } from 'node:fs';
import { decodePersonalId, parsePhoneNumber } from '@lienthong/vn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsOf, SIMULATED_CITIZENS, subjectOf } from './citizens.ts';
import { type RunningIdSimulator, startIdSimulator } from './server.ts';

/** Post-2025 communes of Hà Nội (126 wards and communes from 1 July 2025), from the shared data. */
function hanoiCommunes(): Set<string> | undefined {
  try {
    const file = new URL(
      '../../../../../../shared/data/admin-units/hanoi/hanoi_2level_2025-07-01.json',
      import.meta.url,
    );
    const data = JSON.parse(readFileSync(file, 'utf8')) as { wards: { name: string }[] };
    return new Set(data.wards.map((ward) => ward.name));
  } catch {
    return undefined;
  }
}

const [first] = SIMULATED_CITIZENS;
if (!first) throw new Error('no seeded citizens');

describe('the seeded citizens', () => {
  it('are twenty, with unique personal IDs and stable, unique subjects', () => {
    expect(SIMULATED_CITIZENS).toHaveLength(20);
    expect(new Set(SIMULATED_CITIZENS.map((c) => c.personalId)).size).toBe(20);
    const subjects = SIMULATED_CITIZENS.map(subjectOf);
    expect(new Set(subjects).size).toBe(20);
    expect(subjects[0]).toBe(subjectOf({ ...first, fullName: 'Tên khác' }));
  });

  it('have personal IDs of the real structure, agreeing with sex and birth year (decodePersonalId)', () => {
    for (const citizen of SIMULATED_CITIZENS) {
      const decoded = decodePersonalId(citizen.personalId, '2026-01-01');
      expect(decoded.ok, citizen.personalId).toBe(true);
      if (!decoded.ok) continue;
      expect(decoded.value.sex).toBe(citizen.sex);
      expect(String(decoded.value.birthYear)).toBe(citizen.birthDate.slice(0, 4));
    }
  });

  it('cover both sexes, births 1950–2007, mostly Hà Nội (001) and a few other provinces', () => {
    const sexes = new Set(SIMULATED_CITIZENS.map((c) => c.sex));
    expect(sexes).toEqual(new Set(['male', 'female']));
    const years = SIMULATED_CITIZENS.map((c) => Number(c.birthDate.slice(0, 4)));
    expect(Math.min(...years)).toBe(1950);
    expect(Math.max(...years)).toBe(2007);
    const hanoi = SIMULATED_CITIZENS.filter((c) => c.personalId.startsWith('001')).length;
    expect(hanoi).toBeGreaterThanOrEqual(14);
    expect(hanoi).toBeLessThan(20);
  });

  it('have NFC names, valid phone numbers and addresses in a Hà Nội commune of 2025', () => {
    const communes = hanoiCommunes();
    for (const citizen of SIMULATED_CITIZENS) {
      expect(citizen.fullName.normalize('NFC')).toBe(citizen.fullName);
      expect(citizen.fullName.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(parsePhoneNumber(citizen.phone).ok, citizen.phone).toBe(true);
      expect(citizen.permanentAddress).toMatch(/, (Phường|Xã) [^,]+, Thành phố Hà Nội$/);
      const commune = /, ((Phường|Xã) [^,]+), Thành phố Hà Nội$/.exec(citizen.permanentAddress)?.[1];
      if (communes) expect(communes.has(commune ?? ''), commune).toBe(true);
    }
  });

  it("release the OpenID Connect claims and the e-ID's own", () => {
    const citizen = first;
    expect(claimsOf(citizen)).toMatchObject({
      sub: subjectOf(citizen),
      name: 'Nguyễn Văn An',
      birthdate: '1985-03-14',
      gender: 'male',
      personal_id: '001085012345',
      eid_level: 2,
      address: { formatted: citizen.permanentAddress },
    });
  });
});

describe('the simulator', () => {
  let simulator: RunningIdSimulator;
  const redirect = 'http://127.0.0.1:3999/api/v1/auth/citizen/callback';
  beforeAll(async () => {
    simulator = await startIdSimulator({
      port: 0,
      clients: [
        {
          clientId: 'rp',
          clientSecret: 'bi-mat-cua-ung-dung',
          name: 'Ứng dụng thử',
          redirectUris: [redirect],
        },
      ],
    });
  });
  afterAll(() => simulator?.close());

  it('publishes its discovery document with the e-ID scope and claims', async () => {
    const res = await fetch(`${simulator.issuer}/.well-known/openid-configuration`);
    const metadata = (await res.json()) as {
      issuer: string;
      scopes_supported: string[];
      claims_supported: string[];
      code_challenge_methods_supported: string[];
    };
    expect(metadata.issuer).toBe(simulator.issuer);
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['openid', 'vneid', 'profile']));
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(['personal_id', 'eid_level', 'gender']));
    expect(metadata.code_challenge_methods_supported).toEqual(['S256']);
  });

  it('shows its login page in Vietnamese under a strict CSP, and refuses a wrong password', async () => {
    const authorize = new URL(`${simulator.issuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'rp',
      response_type: 'code',
      scope: 'openid vneid profile',
      redirect_uri: redirect,
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: 'trang-thai',
    }).toString();
    const started = await fetch(authorize, { redirect: 'manual' });
    expect(started.status).toBe(303);
    const cookies = started.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const pageUrl = new URL(String(started.headers.get('location')), simulator.issuer);
    const page = await fetch(pageUrl, { headers: { cookie: cookies } });
    const html = await page.text();
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self' http://127.0.0.1:3999; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<label for="personal-id">Số định danh cá nhân</label>');
    expect(html).toContain('<label for="password">Mật khẩu</label>');
    expect(html).not.toMatch(/<script|style=/);
    const wrong = await fetch(new URL(`${pageUrl.pathname}/login`, simulator.issuer), {
      method: 'POST',
      headers: { cookie: cookies, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ personalId: '001085012345', password: 'sai' }).toString(),
      redirect: 'manual',
    });
    expect(wrong.status).toBe(401);
    const again = await wrong.text();
    expect(again).toContain(
      '<div class="alert" role="alert">Số định danh cá nhân hoặc mật khẩu không đúng.</div>',
    );
    expect(again).toContain('value="001085012345"');
  });

  it('answers an unknown or expired interaction with a Vietnamese error page', async () => {
    const res = await fetch(`${simulator.issuer}/interaction/khong-ton-tai`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Phiên đăng nhập đã hết hạn');
  });
});
