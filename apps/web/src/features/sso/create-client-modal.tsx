import { Button, Form, Input, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { ApiError } from '../../lib/api.ts';
import {
  isAllowedRedirectUri,
  linesOf,
  type SsoClientCreated,
  type SsoClientCreateInput,
  useCreateSsoClient,
} from './queries.ts';

interface FormValues {
  name: string;
  kind: 'confidential' | 'public';
  redirectUris: string;
  postLogoutRedirectUris: string;
}

const FIELDS = ['name', 'kind', 'redirectUris', 'postLogoutRedirectUris'] as const;

function toInput(values: FormValues): SsoClientCreateInput {
  return {
    name: values.name.trim().normalize('NFC'),
    kind: values.kind,
    redirectUris: linesOf(values.redirectUris),
    postLogoutRedirectUris: linesOf(values.postLogoutRedirectUris),
  };
}

/** The field errors of a 400 (`body.redirectUris.1`) on their form fields. */
function fieldErrorsOf(error: unknown): Array<{ name: (typeof FIELDS)[number]; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return FIELDS.flatMap((name) => {
    const errors = error.errors
      .filter((e) => e.path === `body.${name}` || e.path.startsWith(`body.${name}.`))
      .map((e) => e.message);
    return errors.length > 0 ? [{ name, errors: [...new Set(errors)] }] : [];
  });
}

interface CreateClientModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: SsoClientCreated) => void;
}

/** "Đăng ký ứng dụng": name, kind, redirect addresses (one a line), sign-out return addresses. */
export function CreateClientModal({ open, onClose, onCreated }: CreateClientModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateSsoClient();

  useEffect(() => {
    const fields = fieldErrorsOf(create.error);
    if (fields.length > 0) {
      form.setFields(fields);
      form.scrollToField(fields[0]?.name ?? 'name', { focus: true });
    }
  }, [create.error, form]);

  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };

  const uriRule = (required: boolean) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const lines = linesOf(value);
      if (required && lines.length === 0) throw new Error(t('sso.redirectUrisRequired'));
      const wrong = lines.find((line) => !isAllowedRedirectUri(line));
      if (wrong) throw new Error(t('sso.redirectUriInvalid', { uri: wrong }));
    },
  });

  return (
    <Modal
      open={open}
      title={t('sso.createTitle')}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('sso.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form="create-sso-client"
          loading={create.isPending}
        >
          {t('sso.create')}
        </Button>,
      ]}
    >
      {create.isError && <ProblemAlert error={create.error} title={t('sso.createFailed')} />}
      <Form<FormValues>
        name="create-sso-client"
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError={{ focus: true }}
        initialValues={{ name: '', kind: 'confidential', redirectUris: '', postLogoutRedirectUris: '' }}
        onFinish={(values) =>
          create.mutate(toInput(values), {
            onSuccess: (created) => {
              form.resetFields();
              create.reset();
              onCreated(created);
            },
          })
        }
      >
        <Form.Item
          name="name"
          label={t('sso.name')}
          rules={[{ required: true, whitespace: true, message: t('sso.nameRequired') }]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('sso.kind')} rules={[{ required: true }]}>
          <Radio.Group className="sso-kind">
            <Radio value="confidential">
              <strong>{t('sso.kindConfidential')}</strong>
              <span className="sso-kind__hint">{t('sso.kindConfidentialHint')}</span>
            </Radio>
            <Radio value="public">
              <strong>{t('sso.kindPublic')}</strong>
              <span className="sso-kind__hint">{t('sso.kindPublicHint')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="redirectUris"
          label={t('sso.redirectUris')}
          extra={t('sso.redirectUrisHint')}
          required
          rules={[uriRule(true)]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} spellCheck={false} placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="postLogoutRedirectUris"
          label={t('sso.postLogoutRedirectUris')}
          extra={t('sso.postLogoutHint')}
          rules={[uriRule(false)]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} spellCheck={false} placeholder="https://" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
