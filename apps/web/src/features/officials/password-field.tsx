import { CopyOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFeedback } from './feedback.ts';
import { randomPassword } from './officials-labels.ts';

/** Copies text to the clipboard; false when the browser refuses (no secure context, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A copy button that says whether it worked. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const messages = useFeedback();
  return (
    <Button
      icon={<CopyOutlined aria-hidden="true" />}
      aria-label={label}
      title={label}
      disabled={!text}
      onClick={() =>
        void copyText(text).then((copied) =>
          copied ? messages.success(t('officials.copied')) : messages.warning(t('officials.copyFailed')),
        )
      }
    />
  );
}

interface PasswordFieldProps {
  /** Set by Form.Item. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
  'aria-required'?: boolean | 'true' | 'false';
}

/** A temporary password: typed, or "Tạo mật khẩu ngẫu nhiên" (shown then, to pass on), and copy. */
export function PasswordField({ id, value = '', onChange, ...aria }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <Space.Compact className="password-field">
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        autoComplete="new-password"
        spellCheck={false}
        maxLength={1024}
        className="password-field__input"
        {...aria}
      />
      <Button icon={<ReloadOutlined aria-hidden="true" />} onClick={() => onChange?.(randomPassword())}>
        {t('officials.generatePassword')}
      </Button>
      <CopyButton text={value} label={t('officials.copyPassword')} />
    </Space.Compact>
  );
}
