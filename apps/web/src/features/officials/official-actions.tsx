import {
  CheckCircleOutlined,
  KeyOutlined,
  LogoutOutlined,
  SafetyOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { useCurrentUser, useHasPermission } from '../auth/index.ts';
import { useFeedback } from './feedback.ts';
import { randomPassword } from './officials-labels.ts';
import { CopyButton, PasswordField } from './password-field.tsx';
import {
  type OfficialDetail,
  SESSION_REVOKE,
  useOfficialAction,
  useResetPassword,
  useRevokeSessions,
} from './queries.ts';

/** Reset password or second factor, end all sessions, disable or enable: each asks for confirmation first. */
export function OfficialActions({ official }: { official: OfficialDetail }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const canRevoke = useHasPermission(SESSION_REVOKE);
  const [modal, modalHolder] = Modal.useModal();
  const messages = useFeedback();
  const [resetOpen, setResetOpen] = useState(false);
  const disable = useOfficialAction(official.id, 'disable');
  const enable = useOfficialAction(official.id, 'enable');
  const resetTotp = useOfficialAction(official.id, 'reset-totp');
  const revoke = useRevokeSessions(official.id);
  const self = user.id === official.id;
  const failed = [disable, enable, resetTotp, revoke].find((m) => m.isError)?.error ?? undefined;

  const confirmAction = (
    mutation: typeof enable,
    keys: { title: string; body: string; ok: string; done: string },
    danger = false,
  ) =>
    modal.confirm({
      title: t(keys.title, { name: official.displayName }),
      content: t(keys.body),
      okText: t(keys.ok),
      okButtonProps: { danger },
      cancelText: t('officials.cancel'),
      onOk: () =>
        mutation
          .mutateAsync()
          .then(() => void messages.success(t(keys.done, { name: official.displayName })))
          .catch(() => undefined),
    });

  const confirmDisable = () =>
    confirmAction(
      disable,
      {
        title: 'officials.disableConfirmTitle',
        body: 'officials.disableConfirmBody',
        ok: 'officials.disable',
        done: 'officials.disabled',
      },
      true,
    );
  const confirmEnable = () =>
    confirmAction(enable, {
      title: 'officials.enableConfirmTitle',
      body: 'officials.enableConfirmBody',
      ok: 'officials.enable',
      done: 'officials.enabled',
    });
  const confirmResetTotp = () =>
    confirmAction(
      resetTotp,
      {
        title: 'officials.resetTotpConfirmTitle',
        body: 'officials.resetTotpConfirmBody',
        ok: 'officials.resetTotp',
        done: 'officials.totpReset',
      },
      true,
    );

  const confirmRevoke = () =>
    modal.confirm({
      title: t('officials.revokeConfirmTitle', { name: official.displayName }),
      content: t('officials.revokeConfirmBody'),
      okText: t('officials.revokeSessions'),
      cancelText: t('officials.cancel'),
      onOk: () =>
        revoke
          .mutateAsync()
          .then((result) => void messages.success(t('officials.revoked', { n: result.revoked })))
          .catch(() => undefined),
    });

  return (
    <section aria-labelledby="official-actions-heading" className="official-section">
      {modalHolder}
      <h3 id="official-actions-heading">{t('officials.actionsHeading')}</h3>
      {failed !== undefined && <ProblemAlert error={failed} title={t('officials.actionFailed')} />}
      <Space wrap>
        <Button icon={<KeyOutlined aria-hidden="true" />} onClick={() => setResetOpen(true)}>
          {t('officials.resetPassword')}
        </Button>
        {canRevoke && (
          <Button
            icon={<LogoutOutlined aria-hidden="true" />}
            onClick={confirmRevoke}
            loading={revoke.isPending}
          >
            {t('officials.revokeSessions')}
          </Button>
        )}
        {!self && official.totpEnabled && (
          <Button
            icon={<SafetyOutlined aria-hidden="true" />}
            onClick={confirmResetTotp}
            loading={resetTotp.isPending}
          >
            {t('officials.resetTotp')}
          </Button>
        )}
        {official.disabledAt && (
          <Button
            icon={<CheckCircleOutlined aria-hidden="true" />}
            onClick={confirmEnable}
            loading={enable.isPending}
          >
            {t('officials.enable')}
          </Button>
        )}
        {!self && !official.disabledAt && (
          <Button
            danger
            icon={<StopOutlined aria-hidden="true" />}
            onClick={confirmDisable}
            loading={disable.isPending}
          >
            {t('officials.disable')}
          </Button>
        )}
      </Space>
      {resetOpen && <ResetPasswordModal official={official} onClose={() => setResetOpen(false)} />}
    </section>
  );
}

/** Asks, sets the temporary password, then shows it once (with copy) until closed. */
function ResetPasswordModal({ official, onClose }: { official: OfficialDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const reset = useResetPassword(official.id);
  const [done, setDone] = useState<string | null>(null);

  const onFinish = ({ temporaryPassword }: { temporaryPassword: string }) =>
    reset.mutate(temporaryPassword, {
      onSuccess: () => setDone(temporaryPassword),
      onError: (error) => {
        const fields = bodyFieldErrors(error, ['temporaryPassword'] as const);
        if (fields.length > 0) form.setFields(fields);
      },
    });

  return (
    <Modal
      open
      title={t('officials.resetTitle', { name: official.displayName })}
      onCancel={onClose}
      width={600}
      footer={
        done !== null
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t('officials.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('officials.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                htmlType="submit"
                form="reset-password"
                loading={reset.isPending}
              >
                {t('officials.resetPassword')}
              </Button>,
            ]
      }
    >
      {done !== null ? (
        <>
          <Alert
            type="success"
            showIcon
            role="status"
            title={t('officials.resetDone')}
            description={t('officials.resetOnce')}
          />
          <label htmlFor="new-temporary-password" className="official-password__label">
            {t('officials.newTemporaryPassword')}
          </label>
          <Space.Compact className="password-field">
            <Input id="new-temporary-password" value={done} readOnly className="password-field__input" />
            <CopyButton text={done} label={t('officials.copyPassword')} />
          </Space.Compact>
        </>
      ) : (
        <>
          <p>{t('officials.resetBody')}</p>
          {reset.isError && <ProblemAlert error={reset.error} title={t('officials.actionFailed')} />}
          <Form
            name="reset-password"
            form={form}
            layout="vertical"
            initialValues={{ temporaryPassword: randomPassword() }}
            onFinish={onFinish}
          >
            <Form.Item
              name="temporaryPassword"
              label={t('officials.temporaryPassword')}
              rules={[
                { required: true, message: t('officials.passwordRequired') },
                { min: 10, message: t('officials.passwordMin') },
              ]}
            >
              <PasswordField />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
