import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney, totp } from './harness.ts';

/** The system administrator registers an application that signs officials in through the platform. */

let journey: Journey;
let server: Server;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page } = journey);
});

afterAll(() => journey?.close());

/** The list has finished (re)loading: while it loads, antd fades the rows (not a real contrast). */
async function listSettled() {
  await expect.poll(() => page.locator('.ant-table-wrapper .ant-spin-spinning').count()).toBe(0);
}

describe('single sign-on administration', () => {
  it('opens "Đăng nhập một lần" from the menu, registers an application and sees its secret once', async () => {
    const [, password = 'LienThong@2026', secret = 'LIENTHONGDEMOQUANTRITOTP23456ABC'] =
      /quantri \/ (\S+)\s+khóa TOTP: ([A-Z2-7]+)/.exec(server.output()) ?? [];
    await page.goto(`${server.url}/app/login`);
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByLabel('Mã xác thực', { exact: true }).fill(totp(secret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL((url) => url.pathname === '/app');

    await page.getByRole('navigation').getByRole('link', { name: 'Đăng nhập một lần' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập một lần' }).waitFor();
    expect(await page.getByText(`${server.url}/oidc`, { exact: true }).count()).toBeGreaterThan(0);
    await listSettled();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Đăng ký ứng dụng' }).click();
    const form = page.getByRole('dialog', { name: 'Đăng ký ứng dụng đăng nhập một lần' });
    await form.getByLabel('Tên ứng dụng').fill('Thư điện tử công vụ');
    await form
      .getByLabel('Địa chỉ nhận kết quả đăng nhập (redirect_uri)')
      .fill('https://mail.hanoi.gov.vn/oidc/callback');
    await form.getByRole('button', { name: 'Đăng ký', exact: true }).click();

    const created = page.getByRole('dialog', { name: 'Thông tin kết nối của Thư điện tử công vụ' });
    await created.getByText('Mã bí mật chỉ hiển thị một lần').waitFor();
    expect(await created.getByLabel('Mã bí mật (client_secret)').inputValue()).toMatch(/\S{20,}/);
    await screenshot(page, '13-dang-nhap-mot-lan-ma-bi-mat');
    expect(await seriousViolations(page)).toEqual([]);
    await created.getByRole('button', { name: 'Tôi đã lưu mã bí mật' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Thư điện tử công vụ' });
    await row.waitFor();
    expect(await row.textContent()).toContain('https://mail.hanoi.gov.vn/oidc/callback');
    expect(await page.getByText(/client_secret|Mã bí mật \(/).count()).toBe(0);
    await listSettled();
    await screenshot(page, '14-dang-nhap-mot-lan-danh-sach');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
