import { SafetyOutlined } from '@ant-design/icons';
import { Button, Form, Input, QRCode, Spin } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { type LoginStep, useTotpConfirm, useTotpEnrol, useTotpVerify } from './queries.ts';

type StepProps = { onDone: (step: LoginStep) => void; onBack: () => void };
type CodeForm = { code: string };

/** The 6-digit code field, shared by the sign-in and the enrolment steps. */
function CodeFields({
  name,
  pending,
  onSubmit,
}: {
  name: string;
  pending: boolean;
  onSubmit: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form<CodeForm>
      name={name}
      layout="vertical"
      requiredMark={false}
      onFinish={(values) => onSubmit(values.code.trim())}
      className="login-card__form"
    >
      <Form.Item
        label={t('login.totpCode')}
        name="code"
        rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('login.totpCodeRequired') }]}
      >
        <Input
          size="large"
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          autoFocus
          prefix={<SafetyOutlined aria-hidden="true" />}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={pending}>
        {t('login.totpSubmit')}
      </Button>
    </Form>
  );
}

/** Second step of signing in: the code of the authenticator app. */
export function TotpStep({ onDone, onBack }: StepProps) {
  const { t } = useTranslation();
  const verify = useTotpVerify();
  return (
    <section aria-labelledby="totp-title">
      <h2 id="totp-title">{t('login.totpTitle')}</h2>
      <p className="login-card__lead">{t('login.totpLead')}</p>
      {verify.isError && <ProblemAlert error={verify.error} title={t('login.totpFailedTitle')} />}
      <CodeFields
        name="totp"
        pending={verify.isPending}
        onSubmit={(code) => verify.mutate(code, { onSuccess: onDone })}
      />
      <Button block className="login-card__back" onClick={onBack}>
        {t('login.totpBack')}
      </Button>
    </section>
  );
}

/** An administrator without TOTP: scan the QR code (or type the key), then confirm a first code. */
export function TotpEnrolStep({ onDone, onBack }: StepProps) {
  const { t } = useTranslation();
  const enrol = useTotpEnrol();
  const confirm = useTotpConfirm();
  const { mutate: startEnrolment } = enrol;
  const started = useRef(false);
  useEffect(() => {
    // Once: every call makes a new secret.
    if (started.current) return;
    started.current = true;
    startEnrolment();
  }, [startEnrolment]);

  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('login.enrolTitle')}</h2>
      <p className="login-card__lead">{t('login.enrolLead')}</p>
      {enrol.isPending && <Spin tip={t('login.enrolLoading')} aria-label={t('login.enrolLoading')} />}
      {enrol.isError && <ProblemAlert error={enrol.error} title={t('login.enrolFailedTitle')} />}
      {enrol.data && (
        <>
          <div className="login-card__qr" role="img" aria-label={t('login.enrolQrLabel')}>
            <QRCode value={enrol.data.otpauthUri} size={184} bordered={false} />
          </div>
          <p className="login-card__secret">
            <span>{t('login.enrolSecret')}: </span>
            <code data-testid="totp-secret">{enrol.data.secret}</code>
          </p>
          {confirm.isError && <ProblemAlert error={confirm.error} title={t('login.totpFailedTitle')} />}
          <CodeFields
            name="totp-enrol"
            pending={confirm.isPending}
            onSubmit={(code) => confirm.mutate(code, { onSuccess: onDone })}
          />
        </>
      )}
      <Button block className="login-card__back" onClick={onBack}>
        {t('login.totpBack')}
      </Button>
    </section>
  );
}
