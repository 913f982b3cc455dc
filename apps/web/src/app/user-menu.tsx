import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../features/auth/queries.ts';
import { useLogout } from '../features/auth/queries.ts';
import { LOGIN_ROUTE } from '../features/auth/safe-next.ts';
import { errorMessage } from '../lib/error-message.ts';

/** The signed-in official and the sign-out action. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const logout = useLogout();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: user.orgUnitName ?? t('user.noOrgUnit'),
    },
    { type: 'divider' },
    { key: 'sign-out', icon: <LogoutOutlined aria-hidden="true" />, label: t('user.signOut'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'sign-out') return;
    logout.mutate(undefined, {
      onSuccess: () => void navigate(LOGIN_ROUTE, { replace: true }),
      onError: (error) => void message.error(`${t('user.signOutFailed')}: ${errorMessage(error, t)}`),
    });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="user-menu__trigger" loading={logout.isPending}>
        <Avatar size="small" icon={<UserOutlined aria-hidden="true" />} className="user-menu__avatar" />
        <span className="user-menu__name">{user.displayName}</span>
        <DownOutlined aria-hidden="true" />
      </Button>
    </Dropdown>
  );
}
