import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney, totp } from './harness.ts';

let journey: Journey;
let server: Server;
let page: Page;
let password: string;
let secret: string;
/** A department official (Sở Nội vụ), outside the Ba Đình administrator's scope. */
let snvId = '';
const NEW_USERNAME = 'badinh.chuyenvien2';
const NEW_NAME = 'Lê Thị Thu Trang';

beforeAll(async () => {
  journey = await startJourney({}, { consoleErrors: false });
  ({ server, page } = journey);
  [, password = '', secret = ''] = /quantri \/ (\S+)\s+khóa TOTP: ([A-Z2-7]+)/.exec(server.output()) ?? [];
});

afterAll(() => journey?.close());

/** Signs in with password and TOTP (each administrator is a different account: its own TOTP steps). */
async function signIn(username: string) {
  await page.goto(`${server.url}/app/login?next=/app/quan-tri/can-bo`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.getByLabel('Mã xác thực', { exact: true }).fill(totp(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL((url) => url.pathname === '/app/quan-tri/can-bo');
  await page.getByRole('heading', { level: 1, name: 'Cán bộ và phân quyền' }).waitFor();
}

async function signOut(displayName: string) {
  await page.getByRole('button', { name: new RegExp(displayName) }).click();
  await page.getByText('Đăng xuất').click();
  await page.waitForURL(/\/app\/login/);
}

/** The options of the open Select dropdown (closed ones stay in the page, hidden). */
const openOptions = () =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');

/** Types in a unit picker and chooses the first option starting with `name`. */
async function pickUnit(field: Locator, text: string, name: string) {
  await field.click();
  await field.fill(text);
  await openOptions().filter({ hasText: name }).first().click();
  await openOptions().first().waitFor({ state: 'detached' });
}

/** Chooses a role in the grant form, and waits until the choice shows. */
async function chooseRole(form: Locator, name: string) {
  await form.getByLabel('Vai trò').click();
  await openOptions().filter({ hasText: name }).click();
  await expect.poll(() => form.textContent()).not.toContain('Chọn vai trò');
}

function usernames(): Promise<string[]> {
  return page.locator('.officials-table__username').allTextContents();
}

describe('administration of officials and their roles', () => {
  it('the system administrator creates an official in Phường Ba Đình and grants a role', async () => {
    await signIn('quantri');
    const nav = page.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    await nav.getByRole('link', { name: 'Cán bộ và phân quyền' }).waitFor();
    await expect.poll(() => usernames()).toContain('snv.chuyenvien');
    snvId = await page.evaluate(async () => {
      const answer = await fetch('/api/v1/officials?q=snv.chuyenvien');
      return ((await answer.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
    });
    expect(snvId).not.toBe('');
    await screenshot(page, '10-can-bo-danh-sach');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm cán bộ' });
    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USERNAME);
    await dialog.getByLabel('Họ và tên').fill(NEW_NAME);
    await pickUnit(dialog.getByLabel('Đơn vị'), 'ba dinh', 'Phường Ba Đình');
    await dialog.getByRole('button', { name: 'Tạo mật khẩu ngẫu nhiên' }).click();
    expect(await dialog.getByLabel('Mật khẩu tạm thời').inputValue()).toHaveLength(16);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const drawer = page.getByRole('dialog', { name: NEW_NAME });
    await drawer.getByRole('heading', { name: 'Vai trò được phân' }).waitFor();
    await drawer.getByText('Chưa được phân vai trò nào.').waitFor();
    const form = drawer.getByRole('form', { name: 'Phân vai trò' });
    await chooseRole(form, 'Chuyên viên');
    await form.getByRole('button', { name: 'Phân vai trò' }).click();
    const grants = drawer.getByRole('table', { name: `Vai trò được phân cho ${NEW_NAME}` });
    await grants.getByRole('cell', { name: 'Chuyên viên', exact: true }).waitFor();
    expect(await grants.getByRole('row').nth(1).textContent()).toMatch(
      /Chuyên viên.*Phường Ba Đình.*Chỉ đơn vị này.*Từ \d{2}\/\d{2}\/\d{4}.*Đang hiệu lực/,
    );
    await screenshot(page, '11-can-bo-phan-vai-tro');
    expect(await seriousViolations(page)).toEqual([]);

    // The same role again in an overlapping period: 409, said in Vietnamese, nothing written.
    await chooseRole(form, 'Chuyên viên');
    await form.getByRole('button', { name: 'Phân vai trò' }).click();
    await drawer.getByRole('alert').filter({ hasText: 'trùng lặp' }).waitFor();
    expect(await grants.getByRole('row').count()).toBe(2);

    await drawer.getByRole('button', { name: 'Đóng thông tin cán bộ' }).click();
    await signOut('Nguyễn Văn Quản');
  });

  it("the unit administrator of Ba Đình sees only Ba Đình's officials", async () => {
    await signIn('badinh.quantri');
    await expect.poll(() => usernames()).toContain(NEW_USERNAME);
    const listed = await usernames();
    expect(listed.every((username) => username.startsWith('badinh.'))).toBe(true);
    expect(listed).toContain('badinh.lanhdao');
    expect(listed).not.toContain('snv.chuyenvien');
    await page.getByText('Số cán bộ tìm thấy: 6').waitFor();
    await screenshot(page, '12-can-bo-ba-dinh');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Tên đăng nhập hoặc họ tên').fill('snv');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\?q=snv/);
    await page.getByText('Số cán bộ tìm thấy: 0').waitFor();

    // Another unit's official, even by its id: 404, never 403.
    const status = await page.evaluate(async (id) => (await fetch(`/api/v1/officials/${id}`)).status, snvId);
    expect(status).toBe(404);
    await page.goto(`${server.url}/app/quan-tri/can-bo?can-bo=${snvId}`);
    const drawer = page.getByRole('dialog', { name: 'Thông tin cán bộ' });
    const alert = drawer.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Không tìm thấy cán bộ');
    expect(await seriousViolations(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Đóng thông tin cán bộ' }).click();
    await signOut('Cao Văn Thắng');
  });
});
