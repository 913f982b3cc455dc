import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render.tsx';
import { IDS, orgApi } from './org-fixtures.ts';

// The first render loads the lazy shell and page chunks with Ant Design: slow on a busy machine.
configure({ asyncUtilTimeout: 8_000 });

const OFFICIAL = {
  id: 'u1',
  kind: 'official',
  displayName: 'Phạm Thị Dung',
  roles: ['specialist'],
  permissions: [],
};
const ORG_ADMIN = { ...OFFICIAL, id: 'u2', permissions: ['org.manage', 'org.restructure'] };

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-10T03:00:00Z'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

function treeItem(name: string): HTMLElement {
  const tree = screen.getByRole('tree');
  const item = within(tree)
    .getAllByRole('treeitem')
    .find((element) => element.textContent?.includes(name));
  if (!item) throw new Error(`no tree item ${name}`);
  return item;
}

describe('OrgPage (/app/to-chuc)', () => {
  it('is in the navigation for every official and shows the roots in force on the day', async () => {
    orgApi(OFFICIAL);
    renderApp('/app/to-chuc?ngay=2025-06-30');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Tổ chức' }).getAttribute('href')).toBe('/app/to-chuc');
    expect(within(nav).queryByRole('link', { name: 'Nhật ký hệ thống' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cây tổ chức ngày 30/06/2025' })).toBeTruthy();
    expect((screen.getByLabelText('Xem vào ngày') as HTMLInputElement).value).toBe('30/06/2025');
    await screen.findByText('Thành phố Hà Nội');
    expect(screen.getByRole('tree', { name: 'Cây tổ chức ngày 30/06/2025' })).toBeTruthy();
    expect(treeItem('Thành phố Hà Nội').textContent).toContain('2 đơn vị trực thuộc');
    expect(treeItem('Thành phố Hà Nội').textContent).toContain('Thành phố trực thuộc trung ương');
    expect(screen.getByText(/Chọn một đơn vị trong cây/)).toBeTruthy();
    // Officials without org.manage / org.restructure browse only.
    expect(screen.queryByRole('button', { name: /Sắp xếp đơn vị/ })).toBeNull();
  });

  it('loads children when a node opens, and shows the selected unit with breadcrumb and counts', async () => {
    const fetchMock = orgApi(ORG_ADMIN);
    const { router } = renderApp('/app/to-chuc?ngay=2025-06-30');
    await screen.findByText('Thành phố Hà Nội');
    const switcher = treeItem('Thành phố Hà Nội').querySelector('.ant-tree-switcher');
    fireEvent.click(switcher as Element);
    await screen.findByText('Quận Ba Đình');
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes(`parentId=${IDS.hanoi}`))).toBe(true);
    expect(treeItem('Ủy ban nhân dân thành phố Hà Nội').textContent).toContain('Ủy ban nhân dân thành phố');

    fireEvent.click(screen.getByText('Quận Ba Đình'));
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?ngay=2025-06-30&don-vi=${IDS.quanBaDinh}`),
    );
    expect(await screen.findByRole('heading', { level: 3, name: 'Quận Ba Đình' })).toBeTruthy();
    const breadcrumb = screen.getByRole('navigation', { name: 'Các đơn vị cấp trên' });
    expect(within(breadcrumb).getByRole('link', { name: 'Thành phố Hà Nội' }).getAttribute('href')).toBe(
      `/app/to-chuc?ngay=2025-06-30&don-vi=${IDS.hanoi}`,
    );
    expect(screen.getByText('001')).toBeTruthy();
    expect(screen.getAllByText('Quận').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Từ 01/03/2025 đến hết 30/06/2025').length).toBeGreaterThan(0);
    expect(await screen.findByRole('heading', { name: 'Đơn vị trực thuộc (mọi cấp)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Lịch sử' })).toBeTruthy();
    // Holders of org.manage / org.restructure get the wizard.
    expect(screen.getByRole('button', { name: /Sắp xếp đơn vị/ })).toBeTruthy();
  });

  it('keeps the selection across days, opening the tree to it, and says when the unit ended', async () => {
    orgApi(OFFICIAL);
    const { router } = renderApp(`/app/to-chuc?ngay=2025-06-30&don-vi=${IDS.trucBach}`);
    expect(await screen.findByRole('heading', { level: 3, name: 'Phường Trúc Bạch' })).toBeTruthy();
    // The tree opens Hà Nội and Quận Ba Đình to show the selected commune.
    await waitFor(() => expect(treeItem('Phường Trúc Bạch').getAttribute('aria-selected')).toBe('true'));
    const history = screen.getByRole('table', { name: 'Quan hệ kế thừa – Sáp nhập ngày 01/07/2025' });
    expect(within(history).getAllByText('Toàn bộ')).toHaveLength(2);
    expect(within(history).getByRole('link', { name: 'Phường Quán Thánh' }).getAttribute('href')).toBe(
      `/app/to-chuc?ngay=2025-06-30&don-vi=${IDS.quanThanh}`,
    );
    expect(screen.getByText('Căn cứ pháp lý: Nghị quyết 1656/NQ-UBTVQH15')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '01/07/2025' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?ngay=2025-07-01&don-vi=${IDS.trucBach}`));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Phường Trúc Bạch không còn hiệu lực vào ngày 01/07/2025.');
    expect(notice.textContent).toContain('do sáp nhập theo Nghị quyết 1656/NQ-UBTVQH15');
    expect(within(notice).getByRole('link', { name: 'Phường Ba Đình' }).getAttribute('href')).toBe(
      `/app/to-chuc?ngay=2025-07-01&don-vi=${IDS.phuongBaDinh}`,
    );
    expect(within(notice).getByRole('link', { name: 'Xem đơn vị vào ngày 30/06/2025' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Cây tổ chức ngày 01/07/2025' })).toBeTruthy();

    fireEvent.click(within(notice).getByRole('link', { name: 'Phường Ba Đình' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Phường Ba Đình' })).toBeTruthy();
  });

  it('finds units without accents and jumps to the one chosen', async () => {
    const fetchMock = orgApi(OFFICIAL);
    const { router } = renderApp('/app/to-chuc?ngay=2025-06-30');
    await screen.findByText('Thành phố Hà Nội');
    const search = screen.getByLabelText('Tìm đơn vị');
    fireEvent.change(search, { target: { value: 'truc bach' } });
    fireEvent.click(screen.getByRole('button', { name: /Tìm/ }));
    expect(await screen.findByText('Tìm thấy 1 đơn vị cho “truc bach”.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('q=truc+bach'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Phường Trúc Bạch' }));
    await waitFor(() => expect(router.state.location.search).toContain(`don-vi=${IDS.trucBach}`));
    expect(await screen.findByRole('heading', { level: 3, name: 'Phường Trúc Bạch' })).toBeTruthy();
    await waitFor(() => expect(treeItem('Phường Trúc Bạch').getAttribute('aria-selected')).toBe('true'));
  });
});
