import { configure, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import {
  BIRTH,
  CITIZEN,
  COMMUNES,
  DOSSIER_ID,
  dossierView,
  PREFILL,
  PROCEDURE_ID,
} from './filing-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom, the way the server's cookie arrives
  document.cookie = 'lt_csrf=thu-nghiem; path=/';
});

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom cleanup
  document.cookie = 'lt_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

/** axe-core's serious and critical WCAG 2.1 A/AA violations (contrast is left to the Playwright journeys). */
async function seriousViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const DELIVERED = dossierView({
  code: '000.00.04.H26-260305-0007',
  state: 'delivered',
  stateLabel: 'Đã trả kết quả',
  receivedAt: '2026-03-05T02:00:00.000Z',
  trackingSecret: 'K7P2QX',
  result: { fileId: DOSSIER_ID, fileName: 'giay-khai-sinh.pdf', signatureCode: 'abc', verifyUrl: null },
  history: [
    {
      seq: 1,
      action: 'receive',
      actionLabel: 'Tiếp nhận (mẫu 01)',
      fromState: 'submitted',
      toState: 'received',
      actorName: 'Lê Thị Hoa',
      unitName: 'Phường Ba Đình',
      at: '2026-03-05T02:00:00.000Z',
      note: null,
      data: {},
    },
  ],
});

function portalApi() {
  return stubFetch((raw) => {
    const url = new URL(raw, 'http://localhost');
    if (url.pathname === '/api/v1/auth/session') return jsonResponse({ user: CITIZEN });
    if (url.pathname === '/api/v1/auth/citizen') return jsonResponse({ enabled: true, provider: 'VNeID' });
    if (url.pathname === `/api/v1/procedures/${BIRTH.id}`) return jsonResponse(BIRTH);
    if (url.pathname === '/api/v1/dossiers/prefill') return jsonResponse(PREFILL);
    if (url.pathname === '/api/v1/org/units') return jsonResponse(COMMUNES);
    if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/payments`) return jsonResponse({ items: [] });
    if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}`) return jsonResponse(DELIVERED);
    if (url.pathname === '/api/v1/tracking') {
      return jsonResponse({
        code: DELIVERED.code,
        procedureName: 'Đăng ký khai sinh',
        state: 'received',
        stateLabel: 'Đã tiếp nhận',
        competentUnitName: 'Phường Ba Đình',
        receivedAt: '2026-03-05T02:00:00.000Z',
        dueAt: null,
        promisedAt: null,
        late: true,
        steps: [{ label: 'Nộp hồ sơ', at: '2026-03-04T02:00:00.000Z' }],
      });
    }
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  });
}

describe('filing, my dossiers and tracking: accessibility (axe-core)', { timeout: 120_000 }, () => {
  it('the wizard: prefilled identity fields, then a group with errors', async () => {
    portalApi();
    renderApp(`/nop-ho-so/${PROCEDURE_ID}`);
    await screen.findByRole('heading', { level: 2, name: /Bước 1\/5/ });
    expect(await seriousViolations()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    await screen.findByRole('heading', { level: 2, name: /Bước 2\/5/ });
    fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
    await screen.findAllByText('Trường bắt buộc');
    expect(await seriousViolations()).toEqual([]);
  });

  it('a delivered dossier (result, rating, forms, history) and the public tracking result', async () => {
    portalApi();
    const view = renderApp(`/ca-nhan/ho-so/${DOSSIER_ID}`);
    await screen.findByRole('heading', { level: 2, name: 'Đánh giá sự hài lòng' });
    expect(await seriousViolations()).toEqual([]);
    view.unmount();
    renderApp(`/tra-cuu-ho-so?ma=${encodeURIComponent(DELIVERED.code ?? '')}&bi-mat=K7P2QX`);
    await screen.findByText('Đã tiếp nhận');
    expect(await seriousViolations()).toEqual([]);
  });
});
