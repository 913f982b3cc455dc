import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import {
  type FetchHandler,
  jsonResponse,
  problemResponse,
  renderApp,
  stubFetch,
} from '../../test/render.tsx';
import { PAYMENTS_RESOURCES } from './i18n.ts';

configure({ asyncUtilTimeout: 8_000 });

const ID = '01a2f000-0000-7000-8000-0000000000aa';
const PENDING = {
  id: ID,
  amount: 8000,
  description: 'Phí, lệ phí thủ tục hành chính — mã giao dịch SIM000000000AA',
  status: 'pending',
  qrPayload:
    '00020101021238560010A0000007270126000697041501121130000000000208QRIBFTTA530370454048000580' +
    '2VN62240820H26.1.01-260305-00076304ABCD',
  beneficiaryName: 'TÀI KHOẢN DEMO - KHÔNG CHUYỂN TIỀN THẬT',
  returnUrl: '/ca-nhan/ho-so/01a2f000-0000-7000-8000-0000000000d1',
};

function api(state: { status: string }, overrides?: FetchHandler): FetchHandler {
  return (url, init) => {
    const custom = overrides?.(url, init);
    if (custom) return custom;
    if (url === '/api/v1/auth/citizen') return jsonResponse({ enabled: false, provider: 'VNeID' });
    if (url === `/api/v1/payments/simulator/${ID}`) return jsonResponse({ ...PENDING, status: state.status });
    if (url === `/api/v1/payments/simulator/${ID}/complete` && init?.method === 'POST') {
      state.status = JSON.parse(String(init.body)).outcome;
      return jsonResponse({ ...PENDING, status: state.status });
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy dữ liệu yêu cầu.');
  };
}

async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the payment simulator page', { timeout: 30_000 }, () => {
  it('shows the amount in figures and words, the VietQR, and confirms the payment', async () => {
    const state = { status: 'pending' };
    const fetchMock = stubFetch(api(state));
    renderApp(`/thanh-toan-mo-phong/${ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Thanh toán mô phỏng' })).toBeTruthy();
    expect(screen.getByText(/Không có tiền thật được chuyển/)).toBeTruthy();
    expect(await screen.findByText('8.000 ₫')).toBeTruthy();
    expect(screen.getByText('Tám nghìn đồng')).toBeTruthy();
    expect(screen.getByText('Chờ thanh toán')).toBeTruthy();
    const qr = await screen.findByRole('img', { name: 'Mã VietQR để chuyển khoản 8.000 ₫' });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await seriousViolations()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận đã thanh toán' }));
    expect(await screen.findByText('Đã thanh toán thành công')).toBeTruthy();
    const [, init] =
      fetchMock.mock.calls.find(([url]) => url === `/api/v1/payments/simulator/${ID}/complete`) ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ outcome: 'paid' });
    expect(screen.getByRole('link', { name: 'Quay lại hồ sơ' }).getAttribute('href')).toBe(PENDING.returnUrl);
    expect(screen.queryByRole('button', { name: 'Xác nhận đã thanh toán' })).toBeNull();
    expect(await seriousViolations()).toEqual([]);
  });

  it('cancels', async () => {
    stubFetch(api({ status: 'pending' }));
    renderApp(`/thanh-toan-mo-phong/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy' }));
    expect(await screen.findByText('Giao dịch đã bị hủy')).toBeTruthy();
  });

  it('shows the server detail when the transaction is unknown, or the result cannot be sent', async () => {
    stubFetch(
      api({ status: 'pending' }, (url) =>
        url.endsWith('/complete')
          ? problemResponse(
              503,
              'SERVICE_UNAVAILABLE',
              'Dịch vụ tạm thời không sẵn sàng. Vui lòng thử lại sau.',
            )
          : (undefined as unknown as Response),
      ),
    );
    const view = renderApp(`/thanh-toan-mo-phong/${ID}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận đã thanh toán' }));
    expect(await screen.findByText('Chưa gửi được kết quả thanh toán')).toBeTruthy();
    view.unmount();
    stubFetch(api({ status: 'pending' }));
    renderApp('/thanh-toan-mo-phong/khong-co');
    await waitFor(() => expect(screen.getByText('Không tải được giao dịch')).toBeTruthy());
    expect(screen.getByText('Không tìm thấy dữ liệu yêu cầu.')).toBeTruthy();
  });
});

describe('payment texts', () => {
  it('have the same keys and variables in Vietnamese and English, NFC', () => {
    type Tree = { [key: string]: string | Tree };
    const flatten = (tree: Tree, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
      );
    const vi = new Map(flatten(PAYMENTS_RESOURCES.vi));
    const en = new Map(flatten(PAYMENTS_RESOURCES.en));
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of vi) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(vars(en.get(key) ?? ''), key).toEqual(vars(text));
    }
  });
});
