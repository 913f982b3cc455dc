import { SearchOutlined } from '@ant-design/icons';
import type { ApplicantInput } from '@lienthong/contracts';
import { Button, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import type { ApplicantProblem } from './filing-steps.ts';

type Applicant = Partial<ApplicantInput>;
type TextField = 'fullName' | 'personalId' | 'address' | 'phone' | 'email';

interface ApplicantStepProps {
  value: Applicant;
  errors: Record<string, ApplicantProblem>;
  onChange: (next: Applicant) => void;
  /** Looks the citizen up in the national population database (prefill with their personal ID). */
  onLookup: (personalId: string) => void;
  /** `found`: the citizen's details were filled in; `empty`: the database had nothing for this number. */
  lookup: { pending: boolean; error: unknown; outcome: 'found' | 'empty' | undefined };
}

/**
 * Desk filing, step 1 "Người nộp hồ sơ": the one-stop officer looks the citizen up by their
 * 12-digit personal ID (the form is then prefilled from the national database, an audited read),
 * or types the applicant's details. The citizen stays the applicant of the dossier.
 */
export function ApplicantStep({ value, errors, onChange, onLookup, lookup }: ApplicantStepProps) {
  const { t } = useTranslation();
  const lookupId = useId();
  const [personalId, setPersonalId] = useState(value.personalId ?? '');
  const lookupValid = /^\d{12}$/.test(personalId);

  const search = (event: FormEvent) => {
    event.preventDefault();
    if (lookupValid) onLookup(personalId);
  };

  const field = (name: TextField, props: { maxLength: number; inputMode?: 'numeric' | 'tel' | 'email' }) => {
    const id = `applicant-${name}`;
    const problem = errors[name];
    return (
      <Form.Item
        label={t(`filing.applicant.${name}`)}
        htmlFor={id}
        required={name === 'fullName' || name === 'personalId'}
        validateStatus={problem ? 'error' : undefined}
        help={
          problem ? <span id={`${id}__error`}>{t(`filing.applicant.errors.${problem}`)}</span> : undefined
        }
      >
        <Input
          id={id}
          value={value[name] ?? ''}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}__error` : undefined}
          onChange={(event) => onChange({ ...value, [name]: event.target.value.normalize('NFC') })}
        />
      </Form.Item>
    );
  };

  return (
    <div className="filing-applicant">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> needs 2023+ browsers; role="search" works everywhere */}
      <form role="search" className="filing-lookup" onSubmit={search} aria-labelledby={`${lookupId}-label`}>
        <label id={`${lookupId}-label`} htmlFor={lookupId} className="filing-lookup__label">
          {t('filing.applicant.lookupLabel')}
        </label>
        <p id={`${lookupId}-help`} className="filing-lookup__help">
          {t('filing.applicant.lookupHelp')}
        </p>
        <div className="filing-lookup__row">
          <Input
            id={lookupId}
            value={personalId}
            inputMode="numeric"
            maxLength={12}
            aria-describedby={`${lookupId}-help`}
            onChange={(event) => setPersonalId(event.target.value.replace(/\D/g, ''))}
          />
          <Button
            htmlType="submit"
            type="primary"
            icon={<SearchOutlined aria-hidden="true" />}
            loading={lookup.pending}
            disabled={!lookupValid}
          >
            {t('filing.applicant.lookupButton')}
          </Button>
        </div>
      </form>
      {lookup.error ? (
        <ProblemAlert error={lookup.error} title={t('filing.applicant.lookupFailed')} type="warning" />
      ) : null}
      {lookup.outcome && !lookup.error && !lookup.pending ? (
        <p
          role="status"
          className={lookup.outcome === 'found' ? 'filing-status' : 'filing-status filing-status--warning'}
        >
          {t(lookup.outcome === 'found' ? 'filing.applicant.lookupFound' : 'filing.applicant.lookupEmpty')}
        </p>
      ) : null}
      <Form layout="vertical" component="div" className="filing-applicant__form">
        {field('fullName', { maxLength: 200 })}
        {field('personalId', { maxLength: 12, inputMode: 'numeric' })}
        <Form.Item label={t('filing.applicant.birthDate')} htmlFor="applicant-birthDate">
          <DatePicker
            id="applicant-birthDate"
            format={['DD/MM/YYYY', 'D/M/YYYY']}
            placeholder="dd/mm/yyyy"
            value={value.birthDate ? dayjs(value.birthDate) : null}
            onChange={(date) =>
              onChange({ ...value, birthDate: date ? date.format('YYYY-MM-DD') : undefined })
            }
            style={{ width: '100%' }}
          />
        </Form.Item>
        {field('address', { maxLength: 500 })}
        {field('phone', { maxLength: 20, inputMode: 'tel' })}
        {field('email', { maxLength: 200, inputMode: 'email' })}
      </Form>
    </div>
  );
}
