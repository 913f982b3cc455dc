import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';
import { errorMessage } from '../lib/error-message.ts';

interface ProblemAlertProps {
  /** The failure: an ApiError (its Vietnamese `detail` is shown), a NetworkError, or anything else. */
  error: unknown;
  title: ReactNode;
  type?: 'error' | 'warning' | 'info';
  onRetry?: () => void;
  retrying?: boolean;
}

/** Shows why a request failed, in an alert that screen readers announce (role=alert). */
export function ProblemAlert({ error, title, type = 'error', onRetry, retrying }: ProblemAlertProps) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : undefined;
  const fieldErrors = apiError?.errors ?? [];
  // The server writes its messages in Vietnamese (or says otherwise in Content-Language): mark
  // them, so that screen readers in the English UI pronounce them right (WCAG 3.1.2).
  const detailLanguage = apiError?.detail ? apiError.language : undefined;
  return (
    <Alert
      type={type}
      role="alert"
      showIcon
      title={title}
      description={
        <>
          <p className="problem-alert__detail" lang={detailLanguage}>
            {errorMessage(error, t)}
          </p>
          {fieldErrors.length > 0 && (
            <ul className="problem-alert__fields">
              {fieldErrors.map((field) => (
                <li key={`${field.path}:${field.message}`} lang={apiError?.language}>
                  {field.message}
                </li>
              ))}
            </ul>
          )}
        </>
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry} loading={retrying}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
