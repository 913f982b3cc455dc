import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney } from './harness.ts';

/**
 * The one-stop journey (issue 6): a citizen signs in through the national-ID simulator, files a
 * birth registration with prefilled data and the birth certificate from the data wallet, pays
 * the fee through the payment simulator; Phường Ba Đình's one-stop officer receives it, the
 * specialist and the leader process it, the leader approves and signs, the clerk seals it; the
 * citizen downloads the signed result and verifies it on the public page.
 */

let journey: Journey;
let server: Server;
let citizen: Page;
let errors: string[];
let dossierPath = '';
let dossierId = '';

beforeAll(async () => {
  journey = await startJourney({ viewport: { width: 1280, height: 900 } }, { consoleErrors: false });
  ({ server, page: citizen, errors } = journey);
}, 120_000);

afterAll(() => journey?.close());

async function officialPage(username: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await journey.browser.newContext({
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`${username}: ${error.message}`));
  const [, password = 'LienThong@2026'] =
    new RegExp(`${username.replace('.', '\\.')} / (\\S+)`).exec(server.output()) ?? [];
  await page.goto(`${server.url}/app/login?next=/app/mot-cua`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/app/mot-cua');
  return { page, context };
}

/** Opens the dossier in the workspace and takes an action through its dialog. */
async function act(
  page: Page,
  action: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.goto(`${server.url}/app/mot-cua/ho-so/${dossierId}`);
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  // Done: the dialog either closes or shows the outcome (signature code, result) with "Đóng".
  const close = dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng', exact: true });
  await Promise.race([
    close.waitFor({ timeout: 60_000 }),
    dialog.waitFor({ state: 'hidden', timeout: 60_000 }),
  ]).catch(async (error: unknown) => {
    await screenshot(page, `debug-${action}`);
    throw error;
  });
  if (await close.isVisible()) await close.click();
  await dialog.waitFor({ state: 'hidden' });
}

/** No serious or critical axe-core violation on the page (the message lists them). */
async function accessible(page: Page) {
  const violations = await seriousViolations(page);
  expect(violations, violations.join('\n')).toEqual([]);
}

/** Picks an option of the open antd Select (its visible list, not the screen-reader copy). */
async function pickOption(page: Page, text: string | RegExp) {
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  // Wait until the list has closed: an axe check during the closing animation sees the list's
  // screen-reader copy without its name.
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor({ state: 'hidden' });
}

async function chooseAssignee(page: Page, dialog: ReturnType<Page['getByRole']>, name: string) {
  await dialog.getByLabel('Cán bộ xử lý').click();
  await pickOption(page, new RegExp(name));
}

describe('one-stop: a birth registration from filing to verified result', () => {
  it('the citizen finds the procedure and signs in through the national-ID simulator', async () => {
    const [, personalId, password] = /Công dân \(VNeID\)\s+(\d{12}) \/ (\S+)/.exec(server.output()) ?? [];
    await citizen.goto(`${server.url}/thu-tuc?q=khai%20sinh`);
    await citizen.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    await accessible(citizen);
    await screenshot(citizen, '60-thu-tuc-dang-ky-khai-sinh');
    await citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await citizen.waitForURL((url) => url.pathname.startsWith('/nop-ho-so/'));
    await citizen
      .getByRole('main')
      .getByRole('link', { name: /Đăng nhập bằng định danh điện tử/ })
      .click();
    await citizen.getByLabel('Số định danh cá nhân').fill(String(personalId));
    await citizen.getByLabel('Mật khẩu').fill(String(password));
    await citizen.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await citizen.getByRole('button', { name: 'Đồng ý chia sẻ' }).click();
    await citizen.waitForURL((url) => url.origin === server.url && url.pathname.startsWith('/nop-ho-so/'));
  });

  it('files with prefilled data and the birth certificate from the wallet', async () => {
    // Step 1: the requester, prefilled from the identity record, with its source.
    await citizen.getByRole('heading', { level: 2, name: /Bước 1/ }).waitFor();
    expect(
      await citizen
        .getByLabel(/^Họ, chữ đệm và tên/)
        .first()
        .inputValue(),
    ).toBe('Nguyễn Văn An');
    expect(
      await citizen.getByText(/Tự động điền từ: Cơ sở dữ liệu quốc gia về dân cư/).count(),
    ).toBeGreaterThan(0);
    await accessible(citizen);
    await citizen.getByLabel(/Quan hệ với người được khai sinh/).click();
    await pickOption(citizen, /^Cha$/);
    await screenshot(citizen, '61-nop-ho-so-dien-san');
    await citizen.getByRole('button', { name: /Tiếp tục/ }).click();

    // Step 2: the child.
    await citizen.getByRole('heading', { level: 2, name: /Bước 2/ }).waitFor();
    await citizen.getByLabel(/^Họ, chữ đệm và tên/).fill('Nguyễn Minh Khôi');
    const birthDate = citizen.getByLabel(/^Ngày, tháng, năm sinh/);
    await birthDate.fill('15/11/2026');
    await birthDate.press('Enter');
    await citizen.getByLabel('Nam', { exact: true }).check();
    await citizen
      .getByLabel(/^Nơi sinh/)
      .fill('Bệnh viện Phụ sản Hà Nội, 929 đường La Thành, Phường Giảng Võ');
    await citizen.getByLabel(/^Dân tộc/).click();
    await pickOption(citizen, /^Kinh$/);
    await citizen.getByLabel(/^Quốc tịch/).fill('Việt Nam');
    await citizen.getByRole('button', { name: /Tiếp tục/ }).click();

    // Step 3: the parents.
    await citizen.getByRole('heading', { level: 2, name: /Bước 3/ }).waitFor();
    const mother = citizen.getByRole('group', { name: 'Thông tin về người mẹ' });
    await mother.getByLabel(/^Họ, chữ đệm và tên/).fill('Lê Thị Thu');
    await mother.getByLabel(/^Năm sinh/).fill('1990');
    await mother.getByLabel(/^Nơi cư trú/).fill('Số 18 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội');
    await citizen.getByRole('button', { name: /Tiếp tục/ }).click();

    // Step 4: where it is decided — suggested from the residence.
    await citizen.getByRole('heading', { level: 2, name: /Bước 4/ }).waitFor();
    await citizen.getByText('Phường Ba Đình').first().waitFor();
    await citizen.getByRole('button', { name: /Tiếp tục/ }).click();

    // Step 5: parts — the birth certificate from the data wallet.
    await citizen.getByRole('heading', { level: 2, name: /Bước 5/ }).waitFor();
    const part = citizen.getByRole('group', { name: /Giấy chứng sinh/ });
    await part
      .getByLabel(/kho dữ liệu/i)
      .first()
      .click();
    await pickOption(citizen, /Giấy chứng sinh/);
    await screenshot(citizen, '62-nop-ho-so-kho-du-lieu');
    await citizen.getByRole('button', { name: /Tiếp tục/ }).click();

    // Step 6: review and submit.
    await citizen.getByRole('heading', { level: 2, name: /Bước 6/ }).waitFor();
    await accessible(citizen);
    await citizen.getByRole('button', { name: /Nộp hồ sơ/ }).click();
    const view = citizen.getByRole('link', { name: 'Xem hồ sơ' });
    await view.waitFor();
    dossierPath = String(await view.getAttribute('href'));
    dossierId = dossierPath.split('/').at(-1) ?? '';
    expect(dossierId).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(citizen, '63-nop-ho-so-thanh-cong');
  });

  it('pays the fee through the payment simulator', async () => {
    await citizen.goto(`${server.url}${dossierPath}`);
    await citizen.getByRole('button', { name: 'Thanh toán', exact: true }).click();
    const pay = citizen.getByRole('link', { name: /Thanh toán 8\.000/ });
    await pay.waitFor();
    await screenshot(citizen, '64-thanh-toan-vietqr');
    await pay.click();
    await citizen.getByRole('heading', { level: 1, name: 'Thanh toán mô phỏng' }).waitFor();
    await accessible(citizen);
    await citizen.getByRole('button', { name: 'Xác nhận đã thanh toán' }).click();
    await citizen.getByText('Đã thanh toán thành công').waitFor();
    await screenshot(citizen, '65-thanh-toan-thanh-cong');
  });

  it("Phường Ba Đình's desk receives it, the specialist and the leader process it, the clerk seals it", async () => {
    const desk = await officialPage('badinh.motcua');
    await desk.page.goto(`${server.url}/app/mot-cua?hang-doi=to_receive`);
    await desk.page
      .getByRole('cell', { name: /Đăng ký khai sinh/ })
      .first()
      .waitFor();
    await accessible(desk.page);
    await screenshot(desk.page, '66-mot-cua-cho-tiep-nhan');
    await act(desk.page, 'Tiếp nhận (mẫu 01)');
    await desk.page
      .getByText(/Đã tiếp nhận/)
      .first()
      .waitFor();
    await act(desk.page, 'Chuyển xử lý', (dialog) => chooseAssignee(desk.page, dialog, 'Phan Thị Ngọc'));
    await screenshot(desk.page, '67-mot-cua-da-tiep-nhan');
    await desk.context.close();

    const specialist = await officialPage('badinh.chuyenvien');
    await act(specialist.page, 'Chuyển xử lý', (dialog) =>
      chooseAssignee(specialist.page, dialog, 'Nguyễn Thị Hằng'),
    );
    await specialist.context.close();

    const leader = await officialPage('badinh.lanhdao');
    await act(leader.page, 'Phê duyệt');
    await act(leader.page, 'Ký kết quả', async (dialog) => {
      await dialog.getByLabel(/Chức danh người ký/).fill('Chủ tịch');
    });
    await leader.context.close();

    const clerk = await officialPage('badinh.vanthu');
    await act(clerk.page, 'Đóng dấu, phát hành kết quả');
    await clerk.page
      .getByText(/Có kết quả, chờ trả/)
      .first()
      .waitFor();
    await accessible(clerk.page);
    await screenshot(clerk.page, '68-mot-cua-da-phat-hanh');
    await clerk.context.close();
  }, 240_000);

  it('the citizen downloads the signed result and verifies it on the public page', async () => {
    await citizen.goto(`${server.url}${dossierPath}`);
    const download = citizen.waitForEvent('download');
    await citizen.getByRole('link', { name: 'Tải kết quả' }).click();
    const file = await download;
    const bytes = await file.path().then((p) => import('node:fs').then((fs) => fs.readFileSync(String(p))));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('/ByteRange'))).toBe(true);
    await screenshot(citizen, '69-cong-dan-ket-qua');
    await citizen.getByRole('link', { name: 'Xác thực kết quả' }).click();
    await citizen.waitForURL((url) => url.pathname === '/xac-thuc');
    await citizen.getByText('Văn bản có 2 chữ ký số hợp lệ').waitFor();
    await accessible(citizen);
    await screenshot(citizen, '70-xac-thuc-ket-qua');
    expect(errors).toEqual([]);
  });
});
