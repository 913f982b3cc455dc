import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney } from './harness.ts';

/**
 * A citizen signs in with the national e-ID: `lienthong start --demo` starts the national-ID
 * simulator beside the platform; the citizen goes from the portal to the simulator's login and
 * consent pages and back, sees the profile, then who accessed their data after an official
 * looked them up.
 */

let journey: Journey;
let server: Server;
let page: Page;
let errors: string[];

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, errors } = journey);
});

afterAll(() => journey?.close());

/** An official of the demo data looks the citizen up, stating why (through the API). */
async function lookUpAsOfficial(personalId: string): Promise<string> {
  const [, username, password] = /\s(\S*motcua) \/ (\S+)/.exec(server.output()) ?? [];
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const displayName: string = (await login.json()).user.displayName;
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const lookup = await fetch(
    `${server.url}/api/v1/citizens/lookup?personalId=${personalId}&purpose=dossier.processing`,
    { headers: { cookie } },
  );
  expect(lookup.status).toBe(200);
  return displayName;
}

describe('a citizen signs in through the national-ID simulator', () => {
  it('the start banner prints the simulator and a citizen to sign in as', () => {
    expect(server.output()).toMatch(/Định danh điện tử \(mô phỏng VNeID\): http:\/\/127\.0\.0\.1:\d+\//);
    expect(server.output()).toMatch(/Công dân \(VNeID\)\s+\d{12} \/ \S+/);
  });

  it('signs in, sees the profile and who accessed the data, and signs out', async () => {
    const [, personalId, password] = /Công dân \(VNeID\)\s+(\d{12}) \/ (\S+)/.exec(server.output()) ?? [];

    // An anonymous visitor of the profile page is asked to sign in.
    await page.goto(`${server.url}/ca-nhan`);
    await page.getByRole('heading', { level: 2, name: 'Vui lòng đăng nhập' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Đăng nhập bằng định danh điện tử (VNeID)' })
      .click();

    // The simulator: login page, then consent.
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập tài khoản định danh điện tử' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Số định danh cá nhân').fill(String(personalId));
    await page.getByLabel('Mật khẩu').fill(String(password));
    await screenshot(page, '20-vneid-mo-phong-dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Đồng ý chia sẻ thông tin' }).waitFor();
    expect(await page.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Số định danh cá nhân', 'Họ, chữ đệm và tên', 'Nơi thường trú']),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '21-vneid-mo-phong-dong-y');
    await page.getByRole('button', { name: 'Đồng ý chia sẻ' }).click();

    // Back on the portal, signed in, on the page the citizen came from.
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/ca-nhan');
    await page.getByText(String(personalId), { exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /Ngày, tháng, năm sinh/ }).textContent()).toContain(
      '14/03/1985',
    );
    expect(await page.getByRole('row', { name: /Giới tính/ }).textContent()).toContain('Nam');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lt_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '22-cong-dan-thong-tin-ca-nhan');

    // An official reads the record for a dossier: the citizen sees it.
    const officialName = await lookUpAsOfficial(String(personalId));
    await page.getByRole('link', { name: 'Xem ai đã truy cập dữ liệu của tôi' }).click();
    const table = page.getByRole('table', { name: 'Nhật ký truy cập dữ liệu cá nhân' });
    const row = table.getByRole('row', { name: new RegExp(officialName) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Giải quyết hồ sơ thủ tục hành chính');
    expect(await row.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '23-cong-dan-ai-truy-cap-du-lieu');

    // Sign out from the header menu.
    await page
      .getByRole('banner')
      .getByRole('button', { name: /Nguyễn Văn An/ })
      .click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Đăng nhập bằng định danh điện tử (VNeID)' })
      .waitFor();
    expect((await page.context().cookies()).find((c) => c.name === 'lt_session')?.value ?? '').toBe('');
    expect(errors).toEqual([]);
  });
});
