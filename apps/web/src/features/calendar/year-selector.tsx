import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_YEAR, MIN_YEAR } from './queries.ts';

interface YearSelectorProps {
  year: number;
  onChange: (year: number) => void;
}

/** Previous year · "Năm" select (2000–2100) · next year. */
export function YearSelector({ year, onChange }: YearSelectorProps) {
  const { t } = useTranslation();
  const id = useId();
  const options = useMemo(
    () =>
      Array.from({ length: MAX_YEAR - MIN_YEAR + 1 }, (_, index) => {
        const value = MIN_YEAR + index;
        return { value, label: String(value) };
      }),
    [],
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of controls, not a form field set
    <div className="calendar-year-selector" role="group" aria-label={t('calendar.yearSelector')}>
      <Button
        icon={<LeftOutlined aria-hidden="true" />}
        disabled={year <= MIN_YEAR}
        onClick={() => onChange(year - 1)}
      >
        {t('calendar.previousYear')}
      </Button>
      <label htmlFor={id} className="calendar-year-selector__label">
        {t('calendar.year')}
      </label>
      <Select
        id={id}
        className="calendar-year-selector__select"
        value={year}
        options={options}
        onChange={onChange}
        showSearch
        popupMatchSelectWidth={false}
      />
      <Button
        icon={<RightOutlined aria-hidden="true" />}
        iconPlacement="end"
        disabled={year >= MAX_YEAR}
        onClick={() => onChange(year + 1)}
      >
        {t('calendar.nextYear')}
      </Button>
    </div>
  );
}
