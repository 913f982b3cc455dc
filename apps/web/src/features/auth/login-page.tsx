import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ApiError } from '../../lib/api.ts';
import { type LoginInput, useLogin, VNEID_START_PATH } from './queries.ts';
import { safeNext } from './safe-next.ts';
import './login-page.css';

const FIELDS = ['username', 'password'] as const;

/** `/app/login`: username and password, or VNeID. Errors show the server's own Vietnamese detail. */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'), 'workspace');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const login = useLogin();
  const [form] = Form.useForm<LoginInput>();

  // Field errors of a 400 (`body.username`) go next to their field as well.
  useEffect(() => {
    if (!(login.error instanceof ApiError)) return;
    const fields = FIELDS.flatMap((name) => {
      const messages = login.error instanceof ApiError ? login.error.errors : [];
      const errors = messages.filter((e) => e.path.replace(/^body\./, '') === name).map((e) => e.message);
      return errors.length > 0 ? [{ name, errors }] : [];
    });
    if (fields.length > 0) form.setFields(fields);
  }, [login.error, form]);

  const onFinish = (values: LoginInput) => {
    login.mutate(
      { username: values.username.trim(), password: values.password },
      { onSuccess: (user) => void navigate(user ? next : '/app/login', { replace: true }) },
    );
  };

  return (
    <div className="login-card">
      <h1 className="login-card__title">{t('login.title')}</h1>
      <p className="login-card__lead">{t('login.lead')}</p>

      {login.isError && <ProblemAlert error={login.error} title={t('login.failedTitle')} />}

      <Form<LoginInput>
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        onFinish={onFinish}
        aria-label={t('login.formLabel')}
        className="login-card__form"
      >
        <Form.Item
          label={t('login.username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input
            size="large"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            prefix={<UserOutlined aria-hidden="true" />}
          />
        </Form.Item>
        <Form.Item
          label={t('login.password')}
          name="password"
          rules={[{ required: true, message: t('login.passwordRequired') }]}
        >
          <Input.Password
            size="large"
            autoComplete="current-password"
            prefix={<LockOutlined aria-hidden="true" />}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>

      <Divider plain>{t('login.or')}</Divider>

      <Button
        size="large"
        block
        href={VNEID_START_PATH}
        icon={<SafetyCertificateOutlined aria-hidden="true" />}
        aria-describedby="vneid-hint"
      >
        {t('login.vneid')}
      </Button>
      <p id="vneid-hint" className="login-card__hint">
        {t('login.vneidHint')}
      </p>
    </div>
  );
}
