import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney } from './harness.ts';

let journey: Journey;
let server: Server;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  journey = await startJourney({ timezoneId: 'America/Los_Angeles', viewport: { width: 1280, height: 900 } });
  ({ server, page, errors: consoleErrors } = journey);
});

afterAll(() => journey?.close());

const daysOffTable = (year: number) => page.getByRole('table', { name: `Ngày nghỉ lễ, Tết năm ${year}` });

/** Picks a year with the "Năm" select (the page opens on the current year in Việt Nam). */
async function chooseYear(year: number) {
  if ((await daysOffTable(year).count()) > 0) return;
  const select = page.getByRole('combobox', { name: 'Năm' });
  await select.click();
  await select.fill(String(year));
  await page.keyboard.press('Enter');
  await daysOffTable(year).waitFor();
}

/** Types a date or time into an antd picker and confirms it. */
async function typeInPicker(label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(text);
}

describe('holiday calendar and deadline journey', () => {
  it('opens "Lịch nghỉ lễ" from the main navigation and shows the days off of 2026', async () => {
    await page.goto(`${server.url}/`);
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Lịch nghỉ lễ' })
      .click();
    await page.waitForURL((url) => url.pathname === '/lich-nghi');
    await page.getByRole('heading', { level: 1, name: 'Lịch nghỉ lễ và ngày làm việc' }).waitFor();
    await expect
      .poll(() => page.title())
      .toBe('Lịch nghỉ lễ và ngày làm việc – Cổng dịch vụ công Liên Thông');

    await chooseYear(2026);
    const mayDay = daysOffTable(2026).getByRole('row').filter({ hasText: 'Thứ Sáu, 01/05/2026' });
    await mayDay.waitFor();
    expect(await mayDay.textContent()).toContain('Ngày Quốc tế lao động');
    expect(await mayDay.textContent()).toContain('Ngày lễ');
    const compensatory = daysOffTable(2026).getByRole('row').filter({ hasText: 'Thứ Hai, 27/04/2026' });
    expect(await compensatory.textContent()).toContain('Nghỉ bù');
  });

  it('switches to 2025 and shows the decision, its day off and the make-up Saturday', async () => {
    await page.getByRole('button', { name: /Năm trước/ }).click();
    await daysOffTable(2025).waitFor();
    expect(new URL(page.url()).searchParams.get('nam')).toBe('2025');
    const decided = daysOffTable(2025).getByRole('row').filter({ hasText: 'Thứ Hai, 27/01/2025' });
    expect(await decided.textContent()).toContain('Theo quyết định');
    const makeUp = page.locator('section').filter({
      has: page.getByRole('heading', { level: 2, name: 'Ngày làm bù năm 2025' }),
    });
    expect(await makeUp.textContent()).toContain('Thứ Bảy, 08/02/2025');
    await page
      .getByText(/Tết Ất Tỵ/)
      .first()
      .waitFor();
  });

  it('computes the deadline of 3 working days received at 16:00 on 28/04/2026, with the 15:00 cut-off', async () => {
    await typeInPicker('Ngày tiếp nhận', '28/04/2026');
    await typeInPicker('Giờ tiếp nhận', '16:00');
    // Enter confirms the typed date and time without submitting the half-filled form.
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByLabel('Số ngày làm việc').fill('3');
    await page.getByLabel('Áp dụng mốc 15:00 (nhận sau 15 giờ tính từ ngày làm việc tiếp theo)').check();
    const request = page.waitForRequest((r) => r.url().endsWith('/api/v1/calendar/deadline'));
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    expect((await request).postDataJSON()).toEqual({
      start: '2026-04-28T16:00:00+07:00',
      workingDays: 3,
      sameDayCutoff: true,
    });

    await page.getByText('Hạn giải quyết: 17:00, Thứ Tư, 06/05/2026').waitFor();
    await page.getByText('Ngày tiếp nhận được tính: Thứ Tư, 29/04/2026').waitFor();
    // Close any picker popup before the screenshot and the accessibility check.
    await page.keyboard.press('Escape');
    await page.getByRole('heading', { level: 1 }).click();
    await screenshot(page, '04-lich-nghi-le');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('raised no script errors on the way', () => {
    expect(consoleErrors).toEqual([]);
  });
});
