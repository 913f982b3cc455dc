import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, stubFetch } from '../test/render.tsx';

describe('Portal', () => {
  it('has landmarks, a skip link, the main navigation and the footer', async () => {
    stubFetch(() => jsonResponse({ items: [], total: 0 }));
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Cổng dịch vụ công thành phố Hà Nội' }),
    ).toBeTruthy();
    const skip = screen.getByRole('link', { name: 'Bỏ qua đến nội dung chính' });
    expect(skip.getAttribute('href')).toBe('#main-content');
    expect(screen.getByRole('main').id).toBe('main-content');
    expect(screen.getByRole('banner')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Trang chủ',
      'Thủ tục hành chính',
      'Tra cứu hồ sơ',
      'Lịch nghỉ lễ',
      'Xác thực văn bản điện tử',
      'Giới thiệu & trợ giúp',
    ]);
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('Cơ quan chủ quản: Ủy ban nhân dân thành phố Hà Nội');
    expect(within(footer).getByRole('link', { name: 'Dành cho cán bộ' }).getAttribute('href')).toBe('/app');
    await waitFor(() => expect(document.title).toBe('Trang chủ – Cổng dịch vụ công Liên Thông'));
  });

  it('searches procedures from the home page', async () => {
    stubFetch(() => jsonResponse({ items: [], total: 0 }));
    const { router } = renderApp('/');
    fireEvent.change(await screen.findByLabelText('Tìm thủ tục hành chính'), {
      target: { value: ' đăng ký khai sinh ' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Tìm kiếm/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/thu-tuc'));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('đăng ký khai sinh');
  });

  it('switches to English and back, with <html lang>', async () => {
    stubFetch(() => jsonResponse({}));
    renderApp('/gioi-thieu');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tuyên bố về khả năng tiếp cận' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About & help' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Giới thiệu & trợ giúp' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('shows "Không tìm thấy trang" for unknown paths', async () => {
    renderApp('/khong-co-trang-nay');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Không tìm thấy trang – Cổng dịch vụ công Liên Thông'));
  });
});
