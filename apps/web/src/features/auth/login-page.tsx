import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { bodyFieldErrors } from '../../lib/body-field-errors.ts';
import { ChangePasswordStep } from './change-password-step.tsx';
import { type LoginInput, type LoginStep, useLogin, VNEID_START_PATH } from './queries.ts';
import { isSsoInteraction, safeNext, serverPage } from './safe-next.ts';
import { TotpEnrolStep, TotpStep } from './second-factor.tsx';
import './login-page.css';

const FIELDS = ['username', 'password'] as const;

/**
 * `/app/login`: username and password, or VNeID; then the TOTP code (or, for an administrator
 * without one, the enrolment). Errors show the server's own Vietnamese detail.
 */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'), 'workspace');
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const login = useLogin();
  const [stage, setStage] = useState<'password' | 'change_password' | LoginStep['status']>('password');
  // A single sign-on interaction is a server page (the application asking for the sign-in):
  // the browser goes there itself, outside the single-page app.
  const goNext = () => {
    if (isSsoInteraction(next)) serverPage.open(next);
    else void navigate(next, { replace: true });
  };
  const onStep = (step: LoginStep) => {
    if (step.status !== 'ok') setStage(step.status);
    else if (step.user.mustChangePassword) setStage('change_password');
    else goNext();
  };
  const restart = () => {
    login.reset();
    setStage('password');
  };
  const [form] = Form.useForm<LoginInput>();

  // Field errors of a 400 (`body.username`) go next to their field as well.
  useEffect(() => {
    const fields = bodyFieldErrors(login.error, FIELDS);
    if (fields.length > 0) form.setFields(fields);
  }, [login.error, form]);

  const onFinish = (values: LoginInput) => {
    login.mutate({ username: values.username.trim(), password: values.password }, { onSuccess: onStep });
  };

  if (stage === 'totp_required') {
    return (
      <div className="login-card">
        <h1 className="login-card__title">{t('login.title')}</h1>
        <TotpStep onDone={onStep} onBack={restart} />
      </div>
    );
  }
  if (stage === 'change_password') {
    return (
      <div className="login-card">
        <h1 className="login-card__title">{t('login.title')}</h1>
        <ChangePasswordStep onDone={goNext} />
      </div>
    );
  }
  if (stage === 'totp_enrolment_required') {
    return (
      <div className="login-card">
        <h1 className="login-card__title">{t('login.title')}</h1>
        <TotpEnrolStep onDone={onStep} onBack={restart} />
      </div>
    );
  }

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
