import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';

describe('ProceduresPage', () => {
  it("calls the catalogue with q and shows the server's detail when it is not available", async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(501, 'NOT_IMPLEMENTED', 'Chức năng đang được triển khai.'),
    );
    renderApp('/thu-tuc?q=khai%20sinh');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa tải được danh mục thủ tục');
    expect(alert.textContent).toContain('Chức năng đang được triển khai.');
    expect(fetchMock.mock.calls.map(([url]) => url)).toContain('/api/v1/procedures?q=khai+sinh');
    expect(screen.getByRole('heading', { level: 2, name: 'Kết quả tìm kiếm cho “khai sinh”' })).toBeTruthy();
  });

  it('lists procedures and says when nothing matches', async () => {
    stubFetch((url) =>
      url.includes('q=')
        ? jsonResponse({ items: [], total: 0 })
        : jsonResponse({
            items: [{ id: '1', code: '1.001193', name: 'Đăng ký khai sinh', agencyName: 'UBND cấp xã' }],
            total: 1,
          }),
    );
    const { router } = renderApp('/thu-tuc');
    expect(await screen.findByRole('heading', { level: 3, name: 'Đăng ký khai sinh' })).toBeTruthy();
    expect(screen.getByText('Số thủ tục tìm thấy: 1')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tìm theo tên hoặc mã thủ tục'), {
      target: { value: 'không có' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Tìm kiếm/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=kh%C3%B4ng+c%C3%B3'));
    expect(await screen.findByText(/Không tìm thấy thủ tục phù hợp/)).toBeTruthy();
  });
});
