import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from './queries.ts';
import { RequireRoles } from './require-roles.tsx';
import { SessionContext } from './session-context.ts';

const USER: SessionUser = {
  id: 'u1',
  displayName: 'Lê Thị Hoa',
  roles: ['clerk'],
  permissions: ['audit.read'],
};

function guard(props: { roles?: readonly string[]; permissions?: readonly string[] }, user = USER) {
  return render(
    <SessionContext value={user}>
      <RequireRoles {...props}>
        <p>Nội dung trang</p>
      </RequireRoles>
    </SessionContext>,
  );
}

describe('RequireRoles', () => {
  it('opens the page for one of the roles', () => {
    guard({ roles: ['leader', 'clerk'] });
    expect(screen.getByText('Nội dung trang')).toBeTruthy();
  });

  it('opens the page for one of the permissions', () => {
    guard({ permissions: ['audit.verify', 'audit.read'] });
    expect(screen.getByText('Nội dung trang')).toBeTruthy();
  });

  it('refuses without the permission, even with the role; both gates must pass', () => {
    guard({ roles: ['clerk'], permissions: ['org.manage'] });
    expect(screen.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
    expect(screen.queryByText('Nội dung trang')).toBeNull();
  });

  it('refuses a user whose session lists no permissions', () => {
    guard({ permissions: ['audit.read'] }, { ...USER, permissions: undefined });
    expect(screen.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' })).toBeTruthy();
  });
});
