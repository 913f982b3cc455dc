import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FetchHandler,
  jsonResponse,
  problemResponse,
  renderApp,
  stubFetch,
} from '../../test/render.tsx';
import en from './my-dossiers.en.json';
import vi from './my-dossiers.vi.json';
import {
  CITIZEN,
  DOSSIER_ID,
  dossierView,
  PROCEDURE_ID,
  STORED_FILE,
  VERSION,
  VERSION_ID,
} from './my-dossiers-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom, the way the server's cookie arrives
  document.cookie = 'lt_csrf=thu-nghiem; path=/';
});

afterEach(() => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom cleanup
  document.cookie = 'lt_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

type Handler = (url: URL, init: RequestInit | undefined) => Response | undefined;

function citizenApi(extra: Handler): FetchHandler {
  return (raw, init) => {
    const url = new URL(raw, 'http://localhost');
    const answer = extra(url, init);
    if (answer) return answer;
    if (url.pathname === '/api/v1/auth/session') return jsonResponse({ user: CITIZEN });
    if (url.pathname === '/api/v1/auth/citizen') return jsonResponse({ enabled: true, provider: 'VNeID' });
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  };
}

const event = (seq: number, action: string, actionLabel: string, extra: Record<string, unknown> = {}) => ({
  seq,
  action,
  actionLabel,
  fromState: null,
  toState: 'received' as const,
  actorName: 'Lê Thị Hoa',
  unitName: 'Phường Ba Đình',
  at: `2026-03-0${seq}T02:00:00.000Z`,
  note: null,
  data: {},
  ...extra,
});

const RECEIVED = dossierView({
  code: '000.00.04.H26-260305-0007',
  state: 'received',
  stateLabel: 'Đã tiếp nhận',
  submittedAt: '2026-03-04T02:00:00.000Z',
  receivedAt: '2026-03-05T02:00:00.000Z',
  dueAt: '2026-03-06T10:00:00.000Z',
  late: true,
  trackingSecret: 'K7P2QX',
  revision: 5,
  history: [event(4, 'submit', 'Nộp hồ sơ'), event(5, 'receive', 'Tiếp nhận (mẫu 01)')],
});

describe('Hồ sơ của tôi', () => {
  it('lists the dossiers with code, procedure, state, dates, late tag, and resumes drafts', async () => {
    const fetchMock = stubFetch(
      citizenApi((url) =>
        url.pathname === '/api/v1/me/dossiers'
          ? jsonResponse({ items: [dossierView(), RECEIVED], total: 2, counts: {} })
          : undefined,
      ),
    );
    renderApp('/ca-nhan/ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeTruthy();
    const received = await screen.findByRole('link', { name: '000.00.04.H26-260305-0007' });
    expect(received.getAttribute('href')).toBe(`/ca-nhan/ho-so/${DOSSIER_ID}`);
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain('/api/v1/me/dossiers?page=1&pageSize=20');
    const row = received.closest('tr') as HTMLElement;
    expect(within(row).getByText('Đã tiếp nhận')).toBeTruthy();
    expect(within(row).getByText('Quá hạn')).toBeTruthy();
    expect(within(row).getByText('04/03/2026')).toBeTruthy();
    expect(within(row).getByText('06/03/2026')).toBeTruthy();
    expect(screen.getByText('Chưa cấp mã')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Tiếp tục khai/ }).getAttribute('href')).toBe(
      `/nop-ho-so/${PROCEDURE_ID}?hoSo=${DOSSIER_ID}`,
    );
    expect(screen.getByText('Số hồ sơ: 2')).toBeTruthy();
  });

  it('shows a received dossier: facts, tracking code, forms, history; pays with a VietQR', async () => {
    const fetchMock = stubFetch(
      citizenApi((url, init) => {
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}`) return jsonResponse(RECEIVED);
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/payments` && init?.method === 'POST') {
          return jsonResponse(
            {
              id: '0190a0b0-0000-7000-8000-0000000000a1',
              dossierId: DOSSIER_ID,
              amount: 8000,
              status: 'pending',
              provider: 'simulator',
              qrPayload: '00020101021238570010A000000727',
              payUrl: '/thanh-toan-mo-phong/0190a0b0-0000-7000-8000-0000000000a1',
              receiptNo: null,
              createdAt: '2026-03-05T03:00:00.000Z',
              paidAt: null,
            },
            201,
          );
        }
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/payments`) return jsonResponse({ items: [] });
        return undefined;
      }),
    );
    renderApp(`/ca-nhan/ho-so/${DOSSIER_ID}#thanh-toan`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Thông tin hồ sơ' })).toBeTruthy();
    expect(screen.getByText('000.00.04.H26-260305-0007')).toBeTruthy();
    expect(screen.getByText('K7P2QX')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tra cứu công khai' }).getAttribute('href')).toBe(
      '/tra-cuu-ho-so?ma=000.00.04.H26-260305-0007&bi-mat=K7P2QX',
    );
    expect(screen.getByText('06/03/2026 17:00')).toBeTruthy();
    const form01 = screen.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả \(mẫu 01\)/ });
    expect(form01.getAttribute('href')).toBe(`/api/v1/dossiers/${DOSSIER_ID}/forms/01`);
    expect(screen.queryByText(/mẫu 02/)).toBeNull();
    expect(screen.getByText('Tiếp nhận (mẫu 01)')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('thanh-toan'));

    fireEvent.click(await screen.findByRole('button', { name: /Thanh toán/ }));
    expect(
      await screen.findByText('Quét mã VietQR bằng ứng dụng ngân hàng để thanh toán 8.000 ₫.'),
    ).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Mã VietQR để thanh toán 8.000 ₫' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Thanh toán 8.000 ₫ tại trang/ }).getAttribute('href')).toBe(
      '/thanh-toan-mo-phong/0190a0b0-0000-7000-8000-0000000000a1',
    );
    const post = fetchMock.mock.calls.find(
      ([u, i]) => String(u).endsWith('/payments') && i?.method === 'POST',
    );
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ method: 'online' });
  });

  it('sends a supplement with the parts the agency asked for and a note', async () => {
    const asked = dossierView({
      ...RECEIVED,
      state: 'supplement_requested',
      stateLabel: 'Chờ bổ sung hồ sơ',
      paused: true,
      allowedActions: ['supplement'],
      history: [
        ...RECEIVED.history,
        event(6, 'request_supplement', 'Yêu cầu bổ sung (mẫu 02)', {
          note: 'Giấy chứng sinh bị mờ, đề nghị nộp lại.',
          data: { partCodes: ['giay-chung-sinh'] },
        }),
      ],
    });
    const fetchMock = stubFetch(
      citizenApi((url) => {
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/supplement`) {
          return jsonResponse({
            ...asked,
            state: 'in_process',
            stateLabel: 'Đang giải quyết',
            allowedActions: [],
          });
        }
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}`) return jsonResponse(asked);
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/payments`) return jsonResponse({ items: [] });
        if (url.pathname === `/api/v1/procedure-versions/${VERSION_ID}`) return jsonResponse(VERSION);
        if (url.pathname === '/api/v1/files') return jsonResponse(STORED_FILE, 201);
        return undefined;
      }),
    );
    renderApp(`/ca-nhan/ho-so/${DOSSIER_ID}`);
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Bổ sung hồ sơ' })).closest(
      'section',
    ) as HTMLElement;
    expect(within(panel).getByText('Giấy chứng sinh bị mờ, đề nghị nộp lại.')).toBeTruthy();
    expect(await within(panel).findByText('Giấy chứng sinh')).toBeTruthy();
    expect(screen.getByRole('link', { name: /mẫu 02/ }).getAttribute('href')).toBe(
      `/api/v1/dossiers/${DOSSIER_ID}/forms/02`,
    );
    expect(screen.getByText('Tạm dừng tính thời hạn trong khi chờ bổ sung')).toBeTruthy();

    fireEvent.click(within(panel).getByRole('button', { name: /Gửi hồ sơ bổ sung/ }));
    expect(
      await within(panel).findByText('Vui lòng tải lên đủ các giấy tờ được yêu cầu bổ sung.'),
    ).toBeTruthy();
    const input = panel.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['%PDF-1.7'], 'giay-chung-sinh.pdf', { type: 'application/pdf' })] },
    });
    expect(
      await within(panel).findByText('giay-chung-sinh.pdf', { selector: 'span:not(.sr-only)' }),
    ).toBeTruthy();
    fireEvent.change(within(panel).getByLabelText('Ghi chú gửi cơ quan giải quyết'), {
      target: { value: 'Đã nộp bản rõ hơn' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: /Gửi hồ sơ bổ sung/ }));
    expect(await screen.findByText(/Đã gửi hồ sơ bổ sung/)).toBeTruthy();
    const post = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/supplement'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({
      revision: 5,
      parts: [{ partCode: 'giay-chung-sinh', fileId: STORED_FILE.id }],
      note: 'Đã nộp bản rõ hơn',
    });
    expect(screen.queryByRole('heading', { level: 2, name: 'Bổ sung hồ sơ' })).toBeNull();
  });

  it('offers the signed result, its verification, and a 1–5 star rating once delivered', async () => {
    const delivered = dossierView({
      ...RECEIVED,
      state: 'delivered',
      stateLabel: 'Đã trả kết quả',
      late: false,
      paidAt: '2026-03-05T04:00:00.000Z',
      result: {
        fileId: STORED_FILE.id,
        fileName: 'giay-khai-sinh.pdf',
        signatureCode: 'abcdefghijklmnopqrstuv',
        verifyUrl: null,
      },
    });
    const fetchMock = stubFetch(
      citizenApi((url) => {
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/rate`)
          return jsonResponse({ ...delivered, rating: 4 });
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}`) return jsonResponse(delivered);
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/payments`) return jsonResponse({ items: [] });
        return undefined;
      }),
    );
    renderApp(`/ca-nhan/ho-so/${DOSSIER_ID}`);
    const download = await screen.findByRole('link', { name: /Tải kết quả/ });
    expect(download.getAttribute('href')).toBe(`/api/v1/dossiers/${DOSSIER_ID}/result`);
    expect(screen.getByRole('link', { name: /Xác thực kết quả/ }).getAttribute('href')).toBe(
      '/xac-thuc?ma=abcdefghijklmnopqrstuv',
    );
    expect(screen.queryByRole('button', { name: /^Thanh toán/ })).toBeNull();

    const rating = screen.getByRole('group', { name: /Mức độ hài lòng/ });
    fireEvent.click(screen.getByRole('button', { name: /Gửi đánh giá/ }));
    expect(await screen.findByText('Vui lòng chọn số sao đánh giá.')).toBeTruthy();
    const stars = within(rating).getAllByRole('radio');
    expect(stars).toHaveLength(5);
    fireEvent.click(stars[3] as HTMLElement);
    fireEvent.change(screen.getByLabelText('Góp ý (không bắt buộc)'), {
      target: { value: 'Nhanh, đúng hẹn' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Gửi đánh giá/ }));
    expect(await screen.findByText('Bạn đã đánh giá 4/5 sao: Hài lòng. Cảm ơn bạn.')).toBeTruthy();
    const post = fetchMock.mock.calls.find(([u]) => String(u).endsWith('/rate'));
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ rating: 4, comment: 'Nhanh, đúng hẹn' });
  });

  it('lists the data wallet with downloads', async () => {
    stubFetch(
      citizenApi((url) =>
        url.pathname === '/api/v1/me/wallet'
          ? jsonResponse({
              items: [
                {
                  id: '0190a0b0-0000-7000-8000-0000000000e1',
                  kind: 'giay-khai-sinh',
                  title: 'Giấy khai sinh – Nguyễn Bình An',
                  source: 'Ủy ban nhân dân Phường Ba Đình',
                  issuedAt: '2026-03-06T03:00:00.000Z',
                  validTo: null,
                  file: STORED_FILE,
                  data: {},
                },
              ],
            })
          : undefined,
      ),
    );
    renderApp('/ca-nhan/kho-du-lieu');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Giấy khai sinh – Nguyễn Bình An' }),
    ).toBeTruthy();
    expect(screen.getByText('06/03/2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Tải xuống/ }).getAttribute('href')).toBe(
      '/api/v1/me/wallet/0190a0b0-0000-7000-8000-0000000000e1/file',
    );
  });

  it('has the same texts in Vietnamese and English', () => {
    const keys = (tree: object, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
      );
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });
});
