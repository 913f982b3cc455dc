import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney, totp } from './harness.ts';

let journey: Journey;
let server: Server;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  journey = await startJourney({}, { consoleErrors: false });
  ({ server, page, errors: consoleErrors } = journey);
});

afterAll(() => journey?.close());

describe('an official signs in with password and TOTP', () => {
  it('the start banner prints the demo administrator with the TOTP key', () => {
    expect(server.output()).toMatch(/quantri \/ \S+\s+khóa TOTP: [A-Z2-7]{32}/);
  });

  it('signs in as the demo administrator, reaches the dashboard and signs out', async () => {
    const [, password, secret] = /quantri \/ (\S+)\s+khóa TOTP: ([A-Z2-7]+)/.exec(server.output()) ?? [];
    await page.goto(`${server.url}/app`);
    await page.waitForURL(/\/app\/login/);
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('quantri');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(String(password));
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();

    await page.getByRole('heading', { name: 'Xác thực hai bước' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const code = page.getByLabel('Mã xác thực', { exact: true });
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await code.fill(totp(String(secret)));
    await page.getByRole('button', { name: 'Xác nhận' }).click();

    await page.waitForURL((url) => url.pathname === '/app');
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    await expect.poll(() => page.getByText('Nguyễn Văn Quản').count()).toBeGreaterThan(0);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lt_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await screenshot(page, '05-can-bo-dang-nhap-totp');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Nguyễn Văn Quản/ }).click();
    await page.getByText('Đăng xuất').click();
    await page.waitForURL(/\/app\/login/);
    const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
    expect(session).toBe(401);
    expect(consoleErrors).toEqual([]);
  });
});
