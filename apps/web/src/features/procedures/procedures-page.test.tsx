import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import { BIRTH_ID, catalogueApi, LIST } from './procedures-fixtures.ts';

configure({ asyncUtilTimeout: 8_000 });

const calls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/v1/procedures'));

describe('ProceduresPage', () => {
  it("calls the catalogue with q and shows the server's detail when it is not available", async () => {
    const fetchMock = stubFetch(() =>
      problemResponse(503, 'SERVICE_UNAVAILABLE', 'Dịch vụ tạm thời không sẵn sàng.'),
    );
    renderApp('/thu-tuc?q=khai%20sinh');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Chưa tải được danh mục thủ tục');
    expect(alert.textContent).toContain('Dịch vụ tạm thời không sẵn sàng.');
    expect(calls(fetchMock)).toContain('/api/v1/procedures?q=khai+sinh&pageSize=20');
    expect(screen.getByRole('heading', { level: 2, name: 'Kết quả tìm kiếm cho “khai sinh”' })).toBeTruthy();
  });

  it('lists procedures with agency, time limit, fee and online level, each linking to its page', async () => {
    catalogueApi();
    renderApp('/thu-tuc');
    const heading = await screen.findByRole('heading', { level: 3, name: 'Đăng ký khai sinh' });
    expect(within(heading).getByRole('link').getAttribute('href')).toBe(`/thu-tuc/${BIRTH_ID}`);
    expect(screen.getByText('Số thủ tục tìm thấy: 2')).toBeTruthy();
    const record = screen.getByRole('heading', { level: 3, name: 'Cấp Phiếu lý lịch tư pháp' }).closest('li');
    if (!record) throw new Error('no list item');
    expect(record.textContent).toContain('Sở Tư pháp');
    expect(record.textContent).toContain('10 ngày làm việc');
    expect(record.textContent).toContain('200.000 đồng');
    expect(record.textContent).toContain('Một phần');
    const birth = heading.closest('li');
    expect(birth?.textContent).toContain('Trong ngày làm việc');
    expect(birth?.textContent).toContain('Không mất phí');
    expect(birth?.textContent).toContain('Toàn trình');
  });

  it('searches, filters by field and level (page 1 again) and says when nothing matches', async () => {
    const fetchMock = catalogueApi({ list: { ...LIST, items: [], total: 0 } });
    const { router } = renderApp('/thu-tuc?q=kh%C3%B4ng%20c%C3%B3&trang=3');
    expect(await screen.findByText(/Không tìm thấy thủ tục phù hợp/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tìm theo tên hoặc mã thủ tục'), {
      target: { value: 'khải sinh' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Tìm kiếm/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=kh%E1%BA%A3i+sinh'));

    fireEvent.mouseDown(screen.getByLabelText('Lĩnh vực'));
    fireEvent.click(await screen.findByTitle('Hộ tịch'));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?q=kh%E1%BA%A3i+sinh&linh-vuc=H%E1%BB%99+t%E1%BB%8Bch'),
    );
    fireEvent.mouseDown(screen.getByLabelText('Cấp thực hiện'));
    fireEvent.click(await screen.findByTitle('Cấp xã'));
    await waitFor(() => expect(router.state.location.search).toContain('cap=commune'));
    await waitFor(() =>
      expect(calls(fetchMock)).toContain(
        '/api/v1/procedures?q=kh%E1%BA%A3i+sinh&field=H%E1%BB%99+t%E1%BB%8Bch&level=commune&pageSize=20',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=kh%E1%BA%A3i+sinh'));
  });

  it('pages through a long catalogue', async () => {
    const many = { ...LIST, total: 45 };
    const fetchMock = catalogueApi({ list: many });
    const { router } = renderApp('/thu-tuc');
    const pages = await screen.findByRole('navigation', { name: 'Các trang của danh mục' });
    fireEvent.click(within(pages).getByText('3'));
    await waitFor(() => expect(router.state.location.search).toBe('?trang=3'));
    await waitFor(() => expect(calls(fetchMock)).toContain('/api/v1/procedures?page=3&pageSize=20'));
  });
});
