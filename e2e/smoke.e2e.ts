import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Server, screenshot, seriousViolations, startServer } from './harness.ts';

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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
