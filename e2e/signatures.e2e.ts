import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, type Server, screenshot, seriousViolations, startJourney } from './harness.ts';

let journey: Journey;
let server: Server;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  journey = await startJourney({ viewport: { width: 1280, height: 900 } }, { consoleErrors: false });
  ({ server, page, errors: consoleErrors } = journey);
});

afterAll(() => journey?.close());

/** A one-page PDF with a correct cross-reference table, written by hand. */
function samplePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 60 >>\nstream\nBT /F1 18 Tf 72 760 Td (Quyet dinh so 05/QD-UBND) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function signIn(username: string) {
  const [, password = 'LienThong@2026'] =
    new RegExp(`${username.replace('.', '\\.')} / (\\S+)`).exec(server.output()) ?? [];
  await page.goto(`${server.url}/app/login?next=/app/ky-so`);
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/app/ky-so');
}

let signedPdf: Buffer;
let verifyHref: string;

describe('an official signs a document in the workspace and anyone verifies it on the portal', () => {
  it('the clerk of Phường Ba Đình signs a PDF (PAdES B-T) and downloads it, with a QR code', async () => {
    await signIn('badinh.vanthu');
    await page.getByRole('heading', { level: 1, name: 'Ký số văn bản' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('input[type=file]').first().setInputFiles({
      name: 'quyet-dinh-05.pdf',
      mimeType: 'application/pdf',
      buffer: samplePdf(),
    });
    await page.getByRole('radio', { name: 'Chữ ký của tôi' }).check();
    await page.getByRole('button', { name: 'Ký số', exact: true }).click();
    await page.getByText('Đã ký số văn bản').waitFor({ timeout: 60_000 });
    expect(await page.getByText('Đặng Văn Khoa').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: 'Mã QR dẫn tới trang xác thực văn bản' }).waitFor();
    await screenshot(page, '40-ky-so-van-ban');
    expect(await seriousViolations(page)).toEqual([]);

    const download = page.getByRole('link', { name: /Tải văn bản đã ký/ });
    const href = await download.getAttribute('href');
    const response = await page.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    signedPdf = await response.body();
    expect(signedPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    verifyHref = String(await page.getByRole('link', { name: 'Xem kết quả xác thực' }).getAttribute('href'));
    expect(verifyHref).toMatch(/^\/xac-thuc\?ma=[\w-]{22}$/);
  });

  it('the QR link opens "Xác thực văn bản điện tử" with the simple and detailed report', async () => {
    await page.goto(`${server.url}${verifyHref}`);
    await page.getByRole('heading', { level: 1, name: 'Xác thực văn bản điện tử' }).waitFor();
    await page.getByText('Văn bản có 1 chữ ký số hợp lệ').waitFor({ timeout: 30_000 });
    expect(await page.getByText('Đặng Văn Khoa · cá nhân').count()).toBe(1);
    await screenshot(page, '41-xac-thuc-theo-ma-qr');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('Chi tiết', { exact: true }).click();
    await page.getByText('Chuỗi chứng thư').waitFor();
    await screenshot(page, '42-xac-thuc-chi-tiet');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a visitor uploads the signed PDF, then a copy changed after signing', async () => {
    const visitor = await page.context().browser()?.newContext({ locale: 'vi-VN' });
    const other = await visitor?.newPage();
    if (!other) throw new Error('no browser context');
    await other.goto(`${server.url}/xac-thuc`);
    await other.locator('input[type=file]').first().setInputFiles({
      name: 'van-ban-da-ky.pdf',
      mimeType: 'application/pdf',
      buffer: signedPdf,
    });
    await other.getByRole('button', { name: 'Xác thực', exact: true }).click();
    await other.getByText('Văn bản có 1 chữ ký số hợp lệ').waitFor({ timeout: 30_000 });

    const changed = Buffer.from(signedPdf);
    const at = changed.indexOf('Quyet dinh so 05');
    changed.write('Quyet dinh so 06', at, 'latin1');
    await other.locator('input[type=file]').first().setInputFiles({
      name: 'van-ban-bi-sua.pdf',
      mimeType: 'application/pdf',
      buffer: changed,
    });
    await other.getByRole('button', { name: 'Xác thực', exact: true }).click();
    await other.getByText('Văn bản có chữ ký số không hợp lệ').waitFor({ timeout: 30_000 });
    expect(await other.getByText(/Nội dung đã bị thay đổi sau khi ký/).count()).toBeGreaterThan(0);
    await screenshot(other, '43-xac-thuc-van-ban-bi-sua');
    expect(await seriousViolations(other)).toEqual([]);
    await visitor?.close();
    expect(consoleErrors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
