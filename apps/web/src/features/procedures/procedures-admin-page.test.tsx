import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problemResponse, renderApp } from '../../test/render.tsx';
import { catalogueApi, MANAGER } from './procedures-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

beforeEach(() => {
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:tep'), revokeObjectURL: vi.fn() }),
  );
});
afterEach(() => vi.unstubAllGlobals());

const FILE = new File(['PK'], 'danh-muc.xlsx', {
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});

describe('ProceduresAdminPage', () => {
  it('is refused without procedure.manage', async () => {
    catalogueApi({ user: { ...MANAGER, permissions: ['dossier.read'] } });
    renderApp('/app/quan-tri/thu-tuc');
    expect(await screen.findByText(/không có quyền/i)).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Danh mục thủ tục hành chính' })).toBeNull();
  });

  it('lists the catalogue and shows the versions of a procedure', async () => {
    catalogueApi({ user: MANAGER });
    renderApp('/app/quan-tri/thu-tuc');
    expect(await screen.findByText('1.001193.000.00.00.H26')).toBeTruthy();
    expect(screen.getByText('Đăng ký khai sinh').closest('a')?.getAttribute('href')).toMatch(/^\/thu-tuc\//);
    // (Queries by role are slow on the whole workspace: the button is found by its accessible name attribute.)
    const versionsButton = document.querySelector(
      'button[aria-label="Các phiên bản của thủ tục Đăng ký khai sinh"]',
    );
    if (!(versionsButton instanceof HTMLElement)) throw new Error('no versions button');
    fireEvent.click(versionsButton);
    const older = await screen.findByText('01/01/2016');
    const versions = older.closest('table');
    if (!versions) throw new Error('no versions table');
    expect(versions.querySelector('caption')?.textContent).toBe('Các phiên bản của thủ tục, mới nhất trước');
    const rows = [...versions.querySelectorAll('tr')].map((row) => row.textContent);
    expect(rows[1]).toContain('01/07/2025');
    expect(rows[1]).toContain('Đang áp dụng hoặc sắp áp dụng');
    expect(rows[2]).toContain('u-quan-tri');
  });

  it('downloads the catalogue as Excel', async () => {
    const fetchMock = catalogueApi({ user: MANAGER });
    renderApp('/app/quan-tri/thu-tuc');
    fireEvent.click(await screen.findByRole('button', { name: /Tải về Excel/ }));
    expect(await screen.findByText('Đã tải về tệp danh-muc-thu-tuc-2026-03-02.xlsx')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toContain(
      '/api/v1/procedures/export?format=xlsx',
    );
  });

  it('imports in two steps: a dry run with per-row errors, then the valid rows', async () => {
    const imports: string[] = [];
    catalogueApi({
      user: MANAGER,
      onImport: (url) => {
        imports.push(url.search);
        const dryRun = url.searchParams.get('dryRun') === 'true';
        const errors = [
          { row: 3, code: 'PROCEDURE_VERSION_CONFLICT', message: 'Ngày hiệu lực phải sau 2025-07-01' },
        ];
        return jsonResponse({ dryRun, created: 1, updated: 2, unchanged: 17, errors });
      },
    });
    renderApp('/app/quan-tri/thu-tuc');
    const check = await screen.findByRole('button', { name: /Kiểm tra \(chạy thử\)/ });
    expect(check.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Tệp danh mục (.xlsx hoặc .json)'), { target: { files: [FILE] } });
    fireEvent.click(check);
    const summary = await screen.findByRole('region', { name: 'Kết quả kiểm tra (chưa ghi)' });
    expect(summary.textContent).toContain('Phiên bản mới');
    const errors = within(summary).getByRole('table', { name: 'Các dòng lỗi' });
    expect(errors.textContent).toContain('PROCEDURE_VERSION_CONFLICT');
    expect(errors.textContent).toContain('Ngày hiệu lực phải sau 2025-07-01');
    expect(within(summary).queryByRole('button', { name: /Xác nhận nhập/ })).toBeNull();

    fireEvent.click(within(summary).getByRole('button', { name: /Chỉ nhập các dòng hợp lệ/ }));
    expect(await screen.findByRole('region', { name: 'Kết quả nhập' })).toBeTruthy();
    expect(screen.getByText('Đã nhập danh mục.')).toBeTruthy();
    expect(imports).toEqual(['?dryRun=true&mode=all', '?dryRun=false&mode=valid']);
  });

  it("shows the server's reason when the file is refused", async () => {
    catalogueApi({
      user: MANAGER,
      onImport: () =>
        problemResponse(400, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', [
          { path: 'body.file', message: 'Bảng tính không có trang “Thủ tục”' },
        ]),
    });
    renderApp('/app/quan-tri/thu-tuc');
    fireEvent.change(await screen.findByLabelText('Tệp danh mục (.xlsx hoặc .json)'), {
      target: { files: [FILE] },
    });
    fireEvent.click(screen.getByRole('button', { name: /Kiểm tra \(chạy thử\)/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('Bảng tính không có trang “Thủ tục”'),
    );
  });
});
