import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type FetchHandler,
  jsonResponse,
  problemResponse,
  renderApp,
  stubFetch,
} from '../../test/render.tsx';
import {
  BA_DINH,
  BIRTH,
  CITIZEN,
  CITY,
  COMMUNES,
  DOSSIER_ID,
  dossierView,
  NATIONAL_DB,
  PREFILL,
  PROCEDURE_ID,
  STORED_FILE,
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

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

/** The portal's API for a signed-in citizen; `extra` answers first (the dossier endpoints of a test). */
function portalApi(extra: Handler = () => undefined, user: unknown = CITIZEN): FetchHandler {
  return async (raw, init) => {
    const url = new URL(raw, 'http://localhost');
    const answer = await extra(url, init);
    if (answer) return answer;
    if (url.pathname === '/api/v1/auth/session') return jsonResponse({ user });
    if (url.pathname === '/api/v1/auth/citizen') return jsonResponse({ enabled: true, provider: 'VNeID' });
    if (url.pathname === `/api/v1/procedures/${BIRTH.id}`) return jsonResponse(BIRTH);
    if (url.pathname === `/api/v1/procedures/${CITY.id}`) return jsonResponse(CITY);
    if (url.pathname === '/api/v1/dossiers/prefill') return jsonResponse(PREFILL);
    if (url.pathname === '/api/v1/org/units') return jsonResponse(COMMUNES);
    return problemResponse(404, 'ROUTE_NOT_FOUND', 'Không tìm thấy đường dẫn yêu cầu.');
  };
}

const next = () => fireEvent.click(screen.getByRole('button', { name: /Tiếp tục/ }));
const stepHeading = (name: RegExp) => screen.findByRole('heading', { level: 2, name });

function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  return (init?.headers as Record<string, string> | undefined)?.[name];
}

function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
}

describe('filing wizard (citizen)', () => {
  it('asks an anonymous visitor to sign in and come back to the form', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: no session for this test
    document.cookie = 'lt_csrf=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    stubFetch(portalApi());
    renderApp(`/nop-ho-so/${PROCEDURE_ID}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Vui lòng đăng nhập' })).toBeTruthy();
    const links = await screen.findAllByRole('link', { name: /Đăng nhập bằng định danh điện tử/ });
    expect(links.at(-1)?.getAttribute('href')).toBe(
      `/api/v1/auth/citizen/login?next=${encodeURIComponent(`/nop-ho-so/${PROCEDURE_ID}`)}`,
    );
  });

  it('renders one question group per step, shows where prefilled values came from, and errors in Vietnamese', {
    timeout: 45_000,
  }, async () => {
    const fetchMock = stubFetch(
      portalApi((url, init) =>
        url.pathname === '/api/v1/files' && init?.method === 'POST'
          ? jsonResponse(STORED_FILE, 201)
          : undefined,
      ),
    );
    renderApp(`/nop-ho-so/${PROCEDURE_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' })).toBeTruthy();
    expect(await stepHeading(/Bước 1\/5: Người yêu cầu/)).toBeTruthy();
    expect(screen.getByText('Đăng ký khai sinh')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain(
      `/api/v1/dossiers/prefill?procedureId=${PROCEDURE_ID}`,
    );

    // Identity data: prefilled, read-only, with its source; household data: prefilled and editable.
    const name = screen.getByLabelText(/Họ, chữ đệm, tên người yêu cầu/) as HTMLInputElement;
    expect(name.value).toBe('Nguyễn Văn An');
    expect(name.readOnly).toBe(true);
    expect(screen.getAllByText(`Tự động điền từ: ${NATIONAL_DB}`)).toHaveLength(2);
    expect(
      document.getElementById(name.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent,
    ).toContain(NATIONAL_DB);
    const residence = screen.getByLabelText('Nơi cư trú') as HTMLInputElement;
    expect(residence.readOnly).toBe(false);
    expect(screen.getByText('Tự động điền từ: Cơ sở dữ liệu cư trú')).toBeTruthy();

    next();
    expect(await stepHeading(/Bước 2\/5: Người được khai sinh/)).toBeTruthy();
    next();
    await waitFor(() => expect(screen.getAllByText('Trường bắt buộc')).toHaveLength(3));
    await waitFor(() => expect(document.activeElement?.id).toBe('tk_con_hoTen'));
    expect(document.activeElement?.getAttribute('aria-describedby')).toContain('tk_con_hoTen__error');
    expect(screen.getByRole('heading', { level: 2, name: /Bước/ }).textContent).toContain(
      'Người được khai sinh',
    );

    fireEvent.change(screen.getByLabelText(/^Họ, chữ đệm, tên/), { target: { value: 'Nguyễn Bình An' } });
    fireEvent.click(screen.getByLabelText('Nữ'));
    const date = screen.getByLabelText(/Ngày, tháng, năm sinh/);
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '05/03/2026' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    await waitFor(() => expect(screen.queryAllByText('Trường bắt buộc')).toHaveLength(0));

    next();
    expect(await stepHeading(/Bước 3\/5: Chọn nơi giải quyết/)).toBeTruthy();
    expect(await screen.findByText('Gợi ý theo nơi cư trú: Phường Ba Đình')).toBeTruthy();
    next();

    expect(await stepHeading(/Bước 4\/5: Thành phần hồ sơ/)).toBeTruthy();
    const birthCertificate = screen.getByRole('group', { name: /Giấy chứng sinh/ });
    expect(within(birthCertificate).getByText('Bắt buộc')).toBeTruthy();
    expect(within(birthCertificate).getByText('Dùng giấy tờ đã có trong kho dữ liệu')).toBeTruthy();
    next();
    expect(await within(birthCertificate).findByRole('alert')).toBeTruthy();
    const input = birthCertificate.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['%PDF-1.7'], 'giay-chung-sinh.pdf', { type: 'application/pdf' })] },
    });
    expect(
      await within(birthCertificate).findByText('giay-chung-sinh.pdf', { selector: 'span:not(.sr-only)' }),
    ).toBeTruthy();
    expect(within(birthCertificate).queryByRole('alert')).toBeNull();
    next();

    expect(await stepHeading(/Bước 5\/5: Xem lại và nộp/)).toBeTruthy();
    expect(screen.getByText('Nguyễn Bình An')).toBeTruthy();
    expect(screen.getByText('05/03/2026')).toBeTruthy();
    expect(screen.getByText('Phường Ba Đình')).toBeTruthy();
    expect(screen.getAllByText('8.000 ₫')).toHaveLength(2);
    expect(screen.getByText('1 ngày làm việc kể từ ngày tiếp nhận hồ sơ hợp lệ')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nộp hồ sơ/ })).toBeTruthy();
  });

  it('sends an Idempotency-Key with the submission, the same one on retry, and once for a double click', async () => {
    let attempts = 0;
    const fetchMock = stubFetch(
      portalApi((url, init) => {
        if (url.pathname !== '/api/v1/dossiers' || init?.method !== 'POST') return undefined;
        attempts += 1;
        if (attempts === 1)
          return problemResponse(503, 'DATABASE_UNAVAILABLE', 'Cơ sở dữ liệu tạm thời không sẵn sàng.');
        return jsonResponse(
          dossierView({
            procedure: { id: CITY.id, code: CITY.definition.code, name: CITY.definition.name },
            state: 'submitted',
            stateLabel: 'Đã nộp, chờ tiếp nhận',
            feeTotal: 200000,
            submittedAt: '2026-03-05T02:00:00.000Z',
          }),
          201,
        );
      }),
    );
    renderApp(`/nop-ho-so/${CITY.id}?hoSo=`);
    expect(await stepHeading(/Bước 1\/2: Người được khai sinh/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Họ, chữ đệm, tên/), { target: { value: 'Trần Thị Mai' } });
    fireEvent.click(screen.getByLabelText('Nữ'));
    const date = screen.getByLabelText(/Ngày, tháng, năm sinh/);
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '01/02/1990' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    next();
    expect(await stepHeading(/Bước 2\/2: Xem lại và nộp/)).toBeTruthy();
    expect(screen.getByText('Sở Tư pháp')).toBeTruthy();
    expect(screen.getAllByText('200.000 ₫')).toHaveLength(2);

    const submit = screen.getByRole('button', { name: /Nộp hồ sơ/ });
    fireEvent.click(submit);
    fireEvent.click(submit);
    expect(await screen.findByText('Cơ sở dữ liệu tạm thời không sẵn sàng.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Nộp hồ sơ/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Đã nộp hồ sơ thành công' })).toBeTruthy();

    const posts = fetchMock.mock.calls.filter(([u, i]) => u === '/api/v1/dossiers' && i?.method === 'POST');
    expect(posts).toHaveLength(2);
    const keys = posts.map(([, i]) => headerOf(i, 'Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).toBe(keys[0]);
    const body = bodyOf(posts[0]?.[1]);
    expect(body).toMatchObject({ procedureId: CITY.id, submit: true, parts: [] });
    expect(body.competentUnitId).toBeUndefined();
    expect(body.formData).toMatchObject({
      con: { hoTen: 'Trần Thị Mai', ngaySinh: '1990-02-01', gioiTinh: 'Nữ' },
    });

    expect(screen.getByText('Đã nộp, chờ tiếp nhận')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Xem hồ sơ' }).getAttribute('href')).toBe(
      `/ca-nhan/ho-so/${DOSSIER_ID}`,
    );
    expect(screen.getByRole('link', { name: 'Thanh toán 200.000 ₫' }).getAttribute('href')).toBe(
      `/ca-nhan/ho-so/${DOSSIER_ID}#thanh-toan`,
    );
  });

  it("jumps to the step holding a field the server refused, with the server's message under it", async () => {
    const draft = dossierView({
      revision: 3,
      procedure: { id: CITY.id, code: CITY.definition.code, name: CITY.definition.name },
      formData: { con: { hoTen: 'Bình 2', ngaySinh: '2026-03-01', gioiTinh: 'Nam' } },
      parts: [
        {
          partCode: 'giay-chung-sinh',
          name: 'Giấy chứng sinh',
          source: 'upload',
          walletItemId: null,
          file: STORED_FILE,
        },
      ],
    });
    const fetchMock = stubFetch(
      portalApi((url, init) => {
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}` && init?.method === 'PATCH') {
          return jsonResponse({ ...draft, revision: bodyOf(init).revision === 3 ? 4 : 99 });
        }
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}`) return jsonResponse(draft);
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}/submit`) {
          return problemResponse(
            422,
            'DOSSIER_FORM_INVALID',
            'Tờ khai chưa hợp lệ. Vui lòng kiểm tra các trường bị lỗi.',
            [{ path: 'formData.con.hoTen', message: 'Họ tên không được chứa chữ số' }],
          );
        }
        return undefined;
      }),
    );
    renderApp(`/nop-ho-so/${CITY.id}?hoSo=${DOSSIER_ID}`);
    expect(await stepHeading(/Bước 1\/2/)).toBeTruthy();
    expect((screen.getByLabelText(/^Họ, chữ đệm, tên/) as HTMLInputElement).value).toBe('Bình 2');
    next();
    expect(await stepHeading(/Bước 2\/2: Xem lại và nộp/)).toBeTruthy();
    expect(screen.getByText('Bình 2')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Nộp hồ sơ/ }));
    expect(await stepHeading(/Bước 1\/2: Người được khai sinh/)).toBeTruthy();
    const form = document.querySelector('.filing-form') as HTMLElement;
    expect(await within(form).findByText('Họ tên không được chứa chữ số')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Tờ khai chưa hợp lệ');

    const patch = fetchMock.mock.calls.find(
      ([u, i]) => u === `/api/v1/dossiers/${DOSSIER_ID}` && i?.method === 'PATCH',
    );
    expect(bodyOf(patch?.[1])).toMatchObject({ revision: 3, formData: draft.formData });
    expect(bodyOf(patch?.[1]).competentUnitId).toBeUndefined();
    expect(bodyOf(patch?.[1]).parts).toBeUndefined();
    const submit = fetchMock.mock.calls.find(([u]) => u === `/api/v1/dossiers/${DOSSIER_ID}/submit`);
    expect(bodyOf(submit?.[1])).toEqual({ revision: 4 });
    expect(headerOf(submit?.[1], 'Idempotency-Key')).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/^Họ, chữ đệm, tên/), { target: { value: 'Nguyễn Bình An' } });
    await waitFor(() => expect(within(form).queryByText('Họ tên không được chứa chữ số')).toBeNull());
  });

  it('saves a draft (POST, then PATCH with its revision) and keeps its id in the address to resume', async () => {
    const fetchMock = stubFetch(
      portalApi((url, init) => {
        if (url.pathname === '/api/v1/dossiers' && init?.method === 'POST')
          return jsonResponse(dossierView(), 201);
        if (url.pathname === `/api/v1/dossiers/${DOSSIER_ID}` && init?.method === 'PATCH') {
          return jsonResponse(dossierView({ revision: 1 }));
        }
        return undefined;
      }),
    );
    const { router } = renderApp(`/nop-ho-so/${PROCEDURE_ID}`);
    expect(await stepHeading(/Bước 1\/5/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Mẹ'));
    fireEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    expect(await screen.findByText(/Đã lưu bản nháp lúc \d{2}:\d{2}/)).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toBe(`?hoSo=${DOSSIER_ID}`));
    fireEvent.click(screen.getByRole('button', { name: /Lưu nháp/ }));
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(
          ([u, i]) => u === `/api/v1/dossiers/${DOSSIER_ID}` && i?.method === 'PATCH',
        ),
      ).toBe(true),
    );
    const post = fetchMock.mock.calls.find(([u, i]) => u === '/api/v1/dossiers' && i?.method === 'POST');
    expect(bodyOf(post?.[1])).toMatchObject({
      procedureId: PROCEDURE_ID,
      competentUnitId: BA_DINH,
      submit: false,
      formData: { quanHe: 'Mẹ', nguoiYeuCau: { hoTen: 'Nguyễn Văn An' } },
    });
    expect(headerOf(post?.[1], 'Idempotency-Key')).toBeUndefined();
    const patch = fetchMock.mock.calls.find(
      ([u, i]) => u === `/api/v1/dossiers/${DOSSIER_ID}` && i?.method === 'PATCH',
    );
    expect(bodyOf(patch?.[1])).toMatchObject({ revision: 0, formData: { quanHe: 'Mẹ' } });
    expect(screen.getByRole('heading', { level: 2, name: /Bước/ }).textContent).toContain('Bước 1/5');
  });
});
