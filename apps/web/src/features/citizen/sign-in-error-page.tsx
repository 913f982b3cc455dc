import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title.ts';
import type { CitizenSignInError } from './queries.ts';
import { PROFILE_ROUTE } from './queries.ts';
import { CitizenSignInButton } from './require-citizen.tsx';
import './citizen.css';

const REASONS: readonly CitizenSignInError[] = [
  'denied',
  'expired',
  'unavailable',
  'invalid-identity',
  'failed',
];

function reasonOf(value: string | null): CitizenSignInError {
  return REASONS.find((reason) => reason === value) ?? 'failed';
}

/** `/dang-nhap/loi?ma=…`: why a sign-in with the national e-ID did not complete, and a retry. */
export function SignInErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('citizenSignIn.errorTitle'));
  const [params] = useSearchParams();
  const reason = reasonOf(params.get('ma'));
  return (
    <div className="container page citizen-page">
      <h1>{t('citizenSignIn.errorTitle')}</h1>
      <Alert
        type="error"
        role="alert"
        showIcon
        title={t('citizenSignIn.errorTitle')}
        description={t(`citizenSignIn.errors.${reason}`)}
      />
      <div className="citizen-actions">
        {reason !== 'invalid-identity' && <CitizenSignInButton next={PROFILE_ROUTE} />}
        <Link className="button-link" to="/">
          {t('citizenSignIn.home')}
        </Link>
      </div>
    </div>
  );
}
