import { Button, DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from './use-org-params.ts';

export const DATE_FORMAT = 'DD/MM/YYYY';

/** The quick days: the last day of three-level local government and the first of two levels. */
const QUICK_DAYS = ['2025-06-30', '2025-07-01'] as const;

interface AsOfPickerProps {
  asOf: string;
  onChange: (day: string) => void;
}

/** "Xem vào ngày" (dd/mm/yyyy) with quick buttons: today, 30/06/2025, 01/07/2025. */
export function AsOfPicker({ asOf, onChange }: AsOfPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayInVietnam();
  const quick = [
    { day: today, label: t('org.today') },
    ...QUICK_DAYS.map((day) => ({ day, label: dayjs(day).format(DATE_FORMAT) })),
  ];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls, not a form field set
    <div className="org-as-of" role="group" aria-label={t('org.asOfGroup')}>
      <label htmlFor={id} className="org-as-of__label">
        {t('org.asOf')}
      </label>
      <DatePicker
        id={id}
        value={dayjs(asOf)}
        format={DATE_FORMAT}
        allowClear={false}
        placeholder={t('calendar.datePlaceholder')}
        onChange={(value) => {
          if (value) onChange(value.format('YYYY-MM-DD'));
        }}
      />
      {quick.map(({ day, label }) => (
        <Button key={label} onClick={() => onChange(day)} aria-pressed={asOf === day}>
          {label}
        </Button>
      ))}
    </div>
  );
}
