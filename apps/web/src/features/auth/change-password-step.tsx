import { LockOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { useChangePassword } from './queries.ts';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** After signing in with a temporary password: choose one's own before working. */
export function ChangePasswordStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [form] = Form.useForm<Values>();

  // Field errors of a 400 (`body.newPassword`) go next to their field.
  useEffect(() => {
    const fields = bodyFieldErrors(change.error, FIELDS);
    if (fields.length > 0) form.setFields(fields);
  }, [change.error, form]);

  const onFinish = (values: Values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: onDone },
    );

  return (
    <section aria-labelledby="change-password-title">
      <h2 id="change-password-title">{t('login.changeTitle')}</h2>
      <p className="login-card__lead">{t('login.changeLead')}</p>
      {change.isError && <ProblemAlert error={change.error} title={t('login.changeFailedTitle')} />}
      <Form<Values>
        form={form}
        name="change-password"
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        className="login-card__form"
      >
        <Form.Item
          label={t('login.currentPassword')}
          name="currentPassword"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            size="large"
            autoComplete="current-password"
            prefix={<LockOutlined aria-hidden="true" />}
          />
        </Form.Item>
        <Form.Item
          label={t('login.newPassword')}
          name="newPassword"
          rules={[{ required: true, min: 10, message: t('login.newPasswordRule') }]}
        >
          <Input.Password
            size="large"
            autoComplete="new-password"
            prefix={<LockOutlined aria-hidden="true" />}
          />
        </Form.Item>
        <Form.Item
          label={t('login.confirmPassword')}
          name="confirmPassword"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('login.confirmMismatch') },
            ({ getFieldValue }) => ({
              validator: (_rule, value) =>
                value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('login.confirmMismatch'))),
            }),
          ]}
        >
          <Input.Password
            size="large"
            autoComplete="new-password"
            prefix={<LockOutlined aria-hidden="true" />}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={change.isPending}>
          {t('login.changeSubmit')}
        </Button>
      </Form>
    </section>
  );
}
