import { Button, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { UnitPicker } from '../../components/unit-picker.tsx';
import { ApiError } from '../../lib/api.ts';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { PasswordField } from './password-field.tsx';
import { type OfficialCreateInput, type OfficialView, useCreateOfficial } from './queries.ts';

interface FormValues {
  username: string;
  displayName: string;
  email: string;
  orgUnitId: string | null;
  temporaryPassword: string;
}

const FIELDS = ['username', 'displayName', 'email', 'orgUnitId', 'temporaryPassword'] as const;
/** As the server checks it (contracts: USERNAME_PATTERN). */
const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;

function toInput(values: FormValues): OfficialCreateInput {
  const email = values.email?.trim();
  return {
    username: values.username.trim().toLowerCase(),
    displayName: values.displayName.trim().normalize('NFC'),
    ...(email ? { email } : {}),
    ...(values.orgUnitId ? { orgUnitId: values.orgUnitId } : {}),
    temporaryPassword: values.temporaryPassword,
  };
}

interface CreateOfficialModalProps {
  open: boolean;
  /** Platform-wide administrators may leave the unit empty. */
  unitOptional: boolean;
  onClose: () => void;
  onCreated: (official: OfficialView) => void;
}

/**
 * "Thêm cán bộ": username, name, email, unit, temporary password (typed or generated). A 400 puts
 * each `body.<field>` message on its field; a 409 (username taken) goes on the username.
 */
export function CreateOfficialModal({ open, unitOptional, onClose, onCreated }: CreateOfficialModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateOfficial();

  useEffect(() => {
    const error = create.error;
    const fields = bodyFieldErrors(error, FIELDS);
    if (error instanceof ApiError && error.status === 409) {
      fields.push({ name: 'username', errors: [error.detail || t('officials.usernameTaken')] });
    }
    if (fields.length > 0) {
      form.setFields(fields);
      form.scrollToField(fields[0]?.name ?? 'username', { focus: true });
    }
  }, [create.error, form, t]);

  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('officials.createTitle')}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={[
        <Button key="cancel" onClick={close}>
          {t('officials.cancel')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form="create-official"
          loading={create.isPending}
        >
          {t('officials.create')}
        </Button>,
      ]}
    >
      {create.isError && <ProblemAlert error={create.error} title={t('officials.createFailed')} />}
      <Form<FormValues>
        name="create-official"
        form={form}
        layout="vertical"
        requiredMark
        scrollToFirstError={{ focus: true }}
        initialValues={{ username: '', displayName: '', email: '', orgUnitId: null, temporaryPassword: '' }}
        onFinish={(values) =>
          create.mutate(toInput(values), {
            onSuccess: (official) => {
              form.resetFields();
              create.reset();
              onCreated(official);
            },
          })
        }
      >
        <Form.Item
          name="username"
          label={t('officials.username')}
          extra={t('officials.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('officials.usernameRequired') },
            { pattern: USERNAME, message: t('officials.usernamePattern') },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('officials.displayName')}
          rules={[{ required: true, whitespace: true, message: t('officials.displayNameRequired') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('officials.email')}
          rules={[{ type: 'email', message: t('officials.emailInvalid') }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item
          name="orgUnitId"
          label={t('officials.unit')}
          extra={unitOptional ? t('officials.unitOptionalHint') : undefined}
          rules={unitOptional ? [] : [{ required: true, message: t('officials.unitRequired') }]}
        >
          <UnitPicker />
        </Form.Item>
        <Form.Item
          name="temporaryPassword"
          label={t('officials.temporaryPassword')}
          extra={t('officials.temporaryPasswordHint')}
          rules={[
            { required: true, message: t('officials.passwordRequired') },
            { min: 10, message: t('officials.passwordMin') },
          ]}
        >
          <PasswordField />
        </Form.Item>
      </Form>
    </Modal>
  );
}
