import {
  DownOutlined,
  FolderOpenOutlined,
  IdcardOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  UserOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { errorMessage } from '../../lib/error-message.ts';
import { type SessionUser, useLogout } from '../auth/index.ts';
import {
  ACCESS_LOG_ROUTE,
  citizenLoginHref,
  MY_DOSSIERS_ROUTE,
  PROFILE_ROUTE,
  useCitizenSignInEnabled,
  usePortalSession,
  WALLET_ROUTE,
} from './queries.ts';
import './citizen.css';

/**
 * The account corner of the portal header: "Đăng nhập bằng định danh điện tử (VNeID)" for
 * visitors (when the e-ID is configured), the citizen's menu once signed in, and a link to the
 * workspace for an official.
 */
export function PortalUserArea() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = usePortalSession();
  const enabled = useCitizenSignInEnabled();
  if (user?.kind === 'citizen') return <CitizenMenu user={user} />;
  if (user) {
    return (
      <Link className="portal-account__link" to="/app">
        {t('citizen.toWorkspace')}
      </Link>
    );
  }
  if (user === undefined || !enabled) return null;
  return (
    <a className="portal-account__link" href={citizenLoginHref(`${location.pathname}${location.search}`)}>
      <SafetyCertificateOutlined aria-hidden="true" /> {t('citizen.signIn')}
    </a>
  );
}

function CitizenMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [failure, setFailure] = useState<string | undefined>();

  const items: MenuProps['items'] = [
    {
      key: 'profile',
      icon: <IdcardOutlined aria-hidden="true" />,
      label: <Link to={PROFILE_ROUTE}>{t('citizen.profile')}</Link>,
    },
    {
      key: 'my-dossiers',
      icon: <FolderOpenOutlined aria-hidden="true" />,
      label: <Link to={MY_DOSSIERS_ROUTE}>{t('citizen.myDossiers')}</Link>,
    },
    {
      key: 'wallet',
      icon: <WalletOutlined aria-hidden="true" />,
      label: <Link to={WALLET_ROUTE}>{t('citizen.wallet')}</Link>,
    },
    {
      key: 'access-log',
      icon: <UserOutlined aria-hidden="true" />,
      label: <Link to={ACCESS_LOG_ROUTE}>{t('citizen.accessLog')}</Link>,
    },
    { type: 'divider' },
    {
      key: 'sign-out',
      icon: <LogoutOutlined aria-hidden="true" />,
      label: t('citizen.signOut'),
      danger: true,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'sign-out') return;
    setFailure(undefined);
    logout.mutate(undefined, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: (error) => setFailure(`${t('citizen.signOutFailed')}: ${errorMessage(error, t)}`),
    });
  };

  return (
    <div className="portal-account">
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" className="portal-account__trigger" loading={logout.isPending}>
          <UserOutlined aria-hidden="true" />
          <span lang="vi">{user.displayName}</span>
          <DownOutlined aria-hidden="true" />
        </Button>
      </Dropdown>
      {failure && (
        <p className="portal-account__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
