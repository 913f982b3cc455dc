import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, stubFetch } from '../../test/render.tsx';
import type { AuditEntryView, AuditVerifyView } from './queries.ts';

configure({ asyncUtilTimeout: 8_000 });

const OFFICIAL = {
  id: 'u1',
  kind: 'official',
  displayName: 'Phạm Thị Dung',
  roles: ['specialist'],
  permissions: ['org.manage'],
};
const READER = { ...OFFICIAL, id: 'u2', roles: ['system_admin'], permissions: ['audit.read'] };
const AUDITOR = { ...READER, permissions: ['audit.read', 'audit.verify'] };

function entry(id: number, partial: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id,
    at: '2025-07-01T02:05:07.123Z',
    actorId: 'quantri-id',
    actorKind: 'official',
    unitId: null,
    action: 'org.merge',
    subjectType: 'org_restructure',
    subjectId: `r-${id}`,
    purpose: null,
    ip: '127.0.0.1',
    requestId: `req-${id}`,
    details: { effectiveDate: '2025-07-01', lineage: 2 },
    hash: `hash-${id}`.padEnd(64, '0'),
    ...partial,
  };
}

const PAGE_1 = {
  items: [entry(120), entry(119, { action: 'x.unknown', subjectType: 'thing' })],
  nextBefore: 119,
};
const PAGE_2 = {
  items: [entry(118, { action: 'identity.login.succeeded', subjectType: 'session' })],
  nextBefore: null,
};

function auditApi(user: Record<string, unknown>, verify?: AuditVerifyView) {
  return stubFetch((url) => {
    const parsed = new URL(url, 'http://localhost');
    if (parsed.pathname === '/api/v1/auth/session') return jsonResponse({ user });
    if (parsed.pathname === '/api/v1/audit/verify' && verify) return jsonResponse(verify);
    if (parsed.pathname === '/api/v1/audit') {
      return jsonResponse(parsed.searchParams.get('before') === '119' ? PAGE_2 : PAGE_1);
    }
    return problemResponse(404, 'NOT_FOUND', 'Không tìm thấy.');
  });
}

const auditCalls = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls
    .map(([url]) => new URL(String(url), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/audit');

describe('AuditPage (/app/nhat-ky)', () => {
  it('is neither listed nor opened without audit.read', async () => {
    auditApi(OFFICIAL);
    renderApp('/app/nhat-ky');
    expect(await screen.findByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).queryByRole('link', { name: 'Nhật ký hệ thống' })).toBeNull();
  });

  it('reads the filters from the URL, shows the entries and loads more by `before`', async () => {
    const fetchMock = auditApi(READER);
    renderApp('/app/nhat-ky?hanh-dong=org.merge&tu=2025-07-01&den=2025-07-31');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhật ký hệ thống' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng không gian làm việc' });
    expect(within(nav).getByRole('link', { name: 'Nhật ký hệ thống' }).getAttribute('href')).toBe(
      '/app/nhat-ky',
    );
    expect(screen.queryByRole('button', { name: /Kiểm tra toàn vẹn/ })).toBeNull();

    const table = await screen.findByRole('table', { name: 'Các mục nhật ký, mới nhất trước' });
    await within(table).findByText('r-120');
    const [first] = auditCalls(fetchMock);
    expect(first?.searchParams.get('action')).toBe('org.merge');
    expect(first?.searchParams.get('from')).toBe('2025-07-01T00:00:00.000+07:00');
    expect(first?.searchParams.get('to')).toBe('2025-07-31T23:59:59.999+07:00');
    expect(first?.searchParams.get('limit')).toBe('50');
    expect(within(table).getAllByText('01/07/2025 09:05:07')).toHaveLength(2);
    expect(within(table).getByText('Sáp nhập đơn vị')).toBeTruthy();
    // Unknown codes are shown as they are.
    expect(within(table).getByText('x.unknown')).toBeTruthy();
    expect(within(table).getByText('thing')).toBeTruthy();
    expect((screen.getByLabelText('Hành động') as HTMLInputElement).value).toBe('org.merge');
    expect((screen.getByLabelText('Từ ngày') as HTMLInputElement).value).toBe('01/07/2025');

    fireEvent.click(within(table).getByRole('button', { name: 'Xem chi tiết mục 120' }));
    expect(await within(table).findByText('hash-120'.padEnd(64, '0'))).toBeTruthy();
    expect(within(table).getByText(/"lineage": 2/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
    expect(await within(table).findByText('Đăng nhập')).toBeTruthy();
    expect(auditCalls(fetchMock).at(-1)?.searchParams.get('before')).toBe('119');
    expect(screen.getByText('Đang hiển thị 3 mục.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Tải thêm' })).toBeNull());
  });

  it('puts the filters in the URL and clears them', async () => {
    const fetchMock = auditApi(READER);
    const { router } = renderApp('/app/nhat-ky');
    await screen.findByRole('table', { name: 'Các mục nhật ký, mới nhất trước' });
    fireEvent.change(screen.getByLabelText('Mã người thực hiện'), { target: { value: 'quantri-id' } });
    fireEvent.change(screen.getByLabelText('Mã đối tượng'), { target: { value: 'r-120' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?nguoi-thuc-hien=quantri-id&doi-tuong=r-120'),
    );
    await waitFor(() => expect(auditCalls(fetchMock).at(-1)?.searchParams.get('actorId')).toBe('quantri-id'));
    expect(auditCalls(fetchMock).at(-1)?.searchParams.get('subjectId')).toBe('r-120');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('checks the hash chain for holders of audit.verify and says where it breaks', async () => {
    auditApi(AUDITOR, {
      ok: false,
      checked: 41,
      firstBrokenId: 42,
      reason: 'Nội dung mục nhật ký đã bị sửa sau khi ghi.',
    });
    renderApp('/app/nhat-ky');
    fireEvent.click(await screen.findByRole('button', { name: /Kiểm tra toàn vẹn/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nhật ký bị thay đổi từ mục 42');
    expect(alert.textContent).toContain('Nội dung mục nhật ký đã bị sửa sau khi ghi.');
  });

  it('says the log is intact', async () => {
    auditApi(AUDITOR, { ok: true, checked: 1234, firstBrokenId: null, reason: null });
    renderApp('/app/nhat-ky');
    fireEvent.click(await screen.findByRole('button', { name: /Kiểm tra toàn vẹn/ }));
    expect(await screen.findByText('Nhật ký toàn vẹn')).toBeTruthy();
    expect(screen.getByText('Đã kiểm tra 1.234 mục: chuỗi băm không bị thay đổi.')).toBeTruthy();
  });
});
