import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/** What antd's `onFinishFailed` reports. */
export interface FailedField {
  name: (string | number)[];
  errors: string[];
}

/**
 * The messages of a form that did not pass its checks, in an alert that screen readers
 * announce (role=alert); each message also stays next to its field.
 */
export function FormErrorSummary({ fields }: { fields: readonly FailedField[] }) {
  const { t } = useTranslation();
  const messages = [...new Set(fields.flatMap((field) => field.errors))];
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      role="alert"
      showIcon
      className="form-error-summary"
      title={t('calendar.formInvalid')}
      description={
        <ul className="problem-alert__fields">
          {messages.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      }
    />
  );
}
