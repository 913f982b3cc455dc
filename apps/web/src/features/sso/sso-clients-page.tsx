import { AppstoreAddOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Modal, message, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { formatDateTime } from '../../lib/format.ts';
import { CreateClientModal } from './create-client-modal.tsx';
import {
  type SsoClientCreated,
  type SsoClientView,
  useDisableSsoClient,
  useIssuer,
  useRotateSsoSecret,
  useSsoClients,
} from './queries.ts';
import { SecretModal } from './secret-modal.tsx';
import './sso.css';

/**
 * `/app/quan-tri/dang-nhap-mot-lan` (permission sso.manage): the applications (mail, meetings…)
 * that sign officials in through the platform's OpenID Provider; registering one shows its secret
 * once; rotating a secret and disabling ask for confirmation first.
 */
export function SsoClientsPage() {
  const { t } = useTranslation();
  usePageTitle(t('sso.title'), 'workspace');
  const clients = useSsoClients();
  const issuer = useIssuer();
  const rotate = useRotateSsoSecret();
  const disable = useDisableSsoClient();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<SsoClientCreated | undefined>();
  const [modal, modalHolder] = Modal.useModal();
  const [messages, messageHolder] = message.useMessage();
  const failed = rotate.isError ? rotate.error : disable.isError ? disable.error : undefined;
  const issuerUrl = issuer.data?.issuer ?? `${window.location.origin}/oidc`;

  const confirmRotate = (client: SsoClientView) =>
    modal.confirm({
      title: t('sso.rotateConfirmTitle', { name: client.name }),
      content: t('sso.rotateConfirmBody'),
      okText: t('sso.rotate'),
      cancelText: t('sso.cancel'),
      onOk: () =>
        rotate
          .mutateAsync(client.clientId)
          .then(setShown)
          .catch(() => undefined),
    });

  const confirmDisable = (client: SsoClientView) =>
    modal.confirm({
      title: t('sso.disableConfirmTitle', { name: client.name }),
      content: t('sso.disableConfirmBody'),
      okText: t('sso.disable'),
      okButtonProps: { danger: true },
      cancelText: t('sso.cancel'),
      onOk: () =>
        disable
          .mutateAsync(client.clientId)
          .then(() => void messages.success(t('sso.disabled', { name: client.name })))
          .catch(() => undefined),
    });

  return (
    <div className="page sso-page">
      {modalHolder}
      {messageHolder}
      <div className="sso-page__head">
        <h1>{t('sso.title')}</h1>
        <Button
          type="primary"
          icon={<AppstoreAddOutlined aria-hidden="true" />}
          onClick={() => setCreating(true)}
        >
          {t('sso.createButton')}
        </Button>
      </div>
      <p className="page__lead">{t('sso.lead')}</p>
      <Card title={<h2 className="card-heading">{t('sso.connectHeading')}</h2>} className="sso-page__card">
        <p>{t('sso.connectBody')}</p>
        <dl className="sso-page__endpoints">
          <dt>{t('sso.issuerLabel')}</dt>
          <dd>
            <code>{issuerUrl}</code>
          </dd>
          <dt>{t('sso.discoveryLabel')}</dt>
          <dd>
            <code>{`${issuerUrl}/.well-known/openid-configuration`}</code>
          </dd>
          <dt>{t('sso.scopesLabel')}</dt>
          <dd>
            <code>openid profile email</code>
          </dd>
        </dl>
      </Card>
      <Card title={<h2 className="card-heading">{t('sso.listHeading')}</h2>} className="sso-page__card">
        {clients.isError && (
          <ProblemAlert
            error={clients.error}
            title={t('sso.loadFailed')}
            onRetry={() => void clients.refetch()}
            retrying={clients.isFetching}
          />
        )}
        {failed !== undefined && <ProblemAlert error={failed} title={t('sso.actionFailed')} />}
        <Table<SsoClientView>
          className="sso-table"
          size="middle"
          rowKey="clientId"
          loading={clients.isFetching}
          dataSource={clients.data?.items ?? []}
          pagination={false}
          // Horizontal scrolling only with rows: an empty scrolling region has nothing to focus and
          // cannot be reached by keyboard (axe-core scrollable-region-focusable).
          scroll={clients.data?.items.length ? { x: 960 } : undefined}
          caption={<span className="sr-only">{t('sso.tableCaption')}</span>}
          locale={{ emptyText: t('sso.empty') }}
          columns={[
            { key: 'name', title: t('sso.name'), dataIndex: 'name' },
            {
              key: 'clientId',
              title: t('sso.clientId'),
              render: (_, client) => <code className="sso-table__id">{client.clientId}</code>,
            },
            {
              key: 'kind',
              title: t('sso.kind'),
              render: (_, client) =>
                client.kind === 'public' ? t('sso.kindPublic') : t('sso.kindConfidential'),
            },
            {
              key: 'redirectUris',
              title: t('sso.redirectUrisColumn'),
              render: (_, client) => (
                <ul className="sso-table__uris">
                  {client.redirectUris.map((uri) => (
                    <li key={uri}>{uri}</li>
                  ))}
                </ul>
              ),
            },
            {
              key: 'createdAt',
              title: t('sso.createdAt'),
              render: (_, client) => formatDateTime(client.createdAt),
            },
            {
              key: 'status',
              title: t('sso.status'),
              render: (_, client) =>
                client.disabledAt ? (
                  <Tag>{t('sso.statusDisabled', { at: formatDateTime(client.disabledAt) })}</Tag>
                ) : (
                  <Tag color="success">{t('sso.statusActive')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('sso.actions'),
              render: (_, client) =>
                client.disabledAt ? null : (
                  <Space wrap>
                    {client.kind === 'confidential' && (
                      <Button
                        icon={<KeyOutlined aria-hidden="true" />}
                        aria-label={t('sso.rotateFor', { name: client.name })}
                        onClick={() => confirmRotate(client)}
                      >
                        {t('sso.rotate')}
                      </Button>
                    )}
                    <Button
                      danger
                      icon={<StopOutlined aria-hidden="true" />}
                      aria-label={t('sso.disableFor', { name: client.name })}
                      onClick={() => confirmDisable(client)}
                    >
                      {t('sso.disable')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <CreateClientModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setShown(created);
        }}
      />
      <SecretModal created={shown} onClose={() => setShown(undefined)} />
    </div>
  );
}
