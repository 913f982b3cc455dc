import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { totpAt } from '../apps/server/src/modules/identity/totp.ts';
import { type ServerProcess, startServerProcess } from '../scripts/server-process.ts';

/** The demo users' authenticator app: the server's own RFC 6238 implementation, now. */
export const totp = (secretBase32: string): string => totpAt(secretBase32, new Date());

export const ARTIFACTS = path.resolve(import.meta.dirname, 'artifacts');

export type { ServerProcess as Server } from '../scripts/server-process.ts';

/** Starts `lienthong start --demo` on a fresh embedded database and a free port. */
export const startServer = () => startServerProcess();

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core violations of impact serious or critical on the current page (WCAG 2.1 A/AA). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export type Journey = {
  server: ServerProcess;
  browser: Browser;
  page: Page;
  errors: string[];
  close(): Promise<void>;
};

/**
 * A journey's setup: a fresh server, Chromium, one page in a Vietnamese context (override
 * with `contextOptions`), and the page's script errors (and console errors, by default).
 */
export async function startJourney(
  contextOptions: BrowserContextOptions = {},
  options: { consoleErrors?: boolean } = {},
): Promise<Journey> {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  if (options.consoleErrors ?? true) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    server,
    browser,
    page,
    errors,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
