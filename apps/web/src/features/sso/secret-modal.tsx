import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, message, Space } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoClientCreated } from './queries.ts';

/** Copies text to the clipboard; false when the browser refuses (no secure context, no permission). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A read-only value with a copy button that says whether copying worked. */
function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [messages, holder] = message.useMessage();
  return (
    <div className="sso-secret__field">
      {holder}
      <label htmlFor={id}>{label}</label>
      <Space.Compact className="sso-secret__row">
        <Input id={id} value={value} readOnly spellCheck={false} className="sso-secret__value" />
        <Button
          icon={<CopyOutlined aria-hidden="true" />}
          onClick={() =>
            void copyText(value).then((copied) =>
              copied ? messages.success(t('sso.copied')) : messages.warning(t('sso.copyFailed')),
            )
          }
        >
          {copyLabel}
        </Button>
      </Space.Compact>
    </div>
  );
}

/**
 * What an administrator hands to the application's operator: the client id and, for a
 * confidential client, its secret — shown this once, with a copy button and a warning.
 */
export function SecretModal({
  created,
  onClose,
}: {
  created: SsoClientCreated | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // Closed means gone: the secret leaves the page at once (no closing animation keeping it).
  if (!created) return null;
  return (
    <Modal
      open
      title={t('sso.secretTitle', { name: created.name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="done" type="primary" onClick={onClose}>
          {created.clientSecret ? t('sso.secretDone') : t('sso.close')}
        </Button>,
      ]}
    >
      <div className="sso-secret">
        {created.clientSecret ? (
          <Alert
            type="warning"
            role="alert"
            showIcon
            title={t('sso.secretWarning')}
            description={t('sso.secretWarningBody')}
          />
        ) : (
          <Alert type="info" showIcon title={t('sso.publicCreated')} />
        )}
        <CopyField label={t('sso.clientId')} value={created.clientId} copyLabel={t('sso.copyClientId')} />
        {created.clientSecret && (
          <CopyField
            label={t('sso.clientSecret')}
            value={created.clientSecret}
            copyLabel={t('sso.copySecret')}
          />
        )}
      </div>
    </Modal>
  );
}
