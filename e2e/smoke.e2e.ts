import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney } from './harness.ts';

let journey: Journey;
let server: Server;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page, errors: consoleErrors } = journey);
});

afterAll(() => journey?.close());

describe('smoke journey', () => {
  it('opens the citizen portal in Vietnamese', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('main').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/[\p{L}]/u);
    await screenshot(page, '01-cong-dich-vu-cong');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends an anonymous visitor of the workspace to the login page', async () => {
    await page.goto(`${server.url}/app`);
    await page.waitForURL(/\/app\/login/);
    await expect.poll(() => page.getByRole('button', { name: /Đăng nhập/ }).count()).toBeGreaterThan(0);
    await screenshot(page, '02-dang-nhap');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('serves the API documentation', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.waitForSelector('.swagger-ui .info', { timeout: 15_000 });
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain('Liên Thông API');
    await screenshot(page, '03-tai-lieu-api');
  });

  it('raised no script errors or CSP violations on the portal pages', () => {
    // 401 from the session check is expected on the login page; everything else is a fault.
    expect(consoleErrors.filter((text) => !/status of 401/.test(text))).toEqual([]);
  });
});
