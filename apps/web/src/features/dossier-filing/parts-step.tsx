import { WalletOutlined } from '@ant-design/icons';
import type { PrefillView, ProcedurePart } from '@lienthong/contracts';
import { Form, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import type { PartChoice } from './filing-steps.ts';
import { PartUpload } from './part-upload.tsx';

interface PartsStepProps {
  parts: readonly ProcedurePart[];
  walletParts: PrefillView['walletParts'];
  value: Record<string, PartChoice>;
  /** Required parts left empty when the applicant tried to go on. */
  missing: readonly string[];
  onChange: (partCode: string, choice: PartChoice | undefined) => void;
}

/**
 * "Thành phần hồ sơ": each part with its name, its form (bản chính, bản sao…) and whether it is
 * required; a file to upload, or — once-only — a document already in the data wallet.
 */
export function PartsStep({ parts, walletParts, value, missing, onChange }: PartsStepProps) {
  const { t } = useTranslation();
  return (
    <ol className="filing-parts">
      {parts.map((part) => {
        const choice = value[part.code];
        const wallet = walletParts[part.code] ?? [];
        const isMissing = missing.includes(part.code);
        const selectId = `part-${part.code}-wallet`;
        return (
          <li key={part.code} className="filing-parts__item">
            <fieldset
              aria-invalid={isMissing || undefined}
              aria-describedby={isMissing ? `part-${part.code}__error` : undefined}
            >
              <legend className="filing-parts__name">
                {part.name}{' '}
                {part.required ? (
                  <Tag color="error">{t('filing.parts.required')}</Tag>
                ) : (
                  <Tag>{t('filing.parts.optional')}</Tag>
                )}
              </legend>
              {part.form ? (
                <p className="filing-parts__form">{t('filing.parts.form', { form: part.form })}</p>
              ) : null}
              {choice?.kind === 'wallet' ? (
                <p className="filing-parts__chosen">
                  <WalletOutlined aria-hidden="true" />{' '}
                  {t('filing.parts.fromWallet', { title: choice.title })}
                </p>
              ) : null}
              {choice?.kind === 'stored' ? (
                <p className="filing-parts__chosen">
                  {t(`filing.parts.stored.${choice.source}`, { name: choice.file.name })}
                </p>
              ) : null}
              <PartUpload
                partName={part.name}
                file={choice?.kind === 'upload' ? choice.file : undefined}
                onUploaded={(file) => onChange(part.code, { kind: 'upload', file })}
                onRemove={() => onChange(part.code, undefined)}
              />
              {wallet.length > 0 ? (
                <Form.Item
                  label={t('filing.parts.useWallet')}
                  htmlFor={selectId}
                  className="filing-parts__wallet"
                  layout="vertical"
                >
                  <Select
                    id={selectId}
                    allowClear
                    value={choice?.kind === 'wallet' ? choice.itemId : undefined}
                    placeholder={t('filing.parts.walletPlaceholder')}
                    options={wallet.map((item) => ({
                      value: item.id,
                      label: t('filing.parts.walletItem', {
                        title: item.title,
                        source: item.source,
                        date: formatDate(item.issuedAt),
                      }),
                    }))}
                    onChange={(itemId?: string) => {
                      const item = wallet.find((candidate) => candidate.id === itemId);
                      onChange(
                        part.code,
                        item ? { kind: 'wallet', itemId: item.id, title: item.title } : undefined,
                      );
                    }}
                  />
                </Form.Item>
              ) : null}
              {isMissing ? (
                <p id={`part-${part.code}__error`} className="filing-parts__error" role="alert">
                  {t('filing.parts.missing')}
                </p>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
