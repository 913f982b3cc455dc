import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title.ts';
import { CalendarYearDetails } from './calendar-year-details.tsx';
import { DeadlineCalculator } from './deadline-calculator.tsx';
import { useYearParam } from './use-year-param.ts';
import { YearSelector } from './year-selector.tsx';
import './calendar.css';

/** `/lich-nghi?nam=`: the year's days off and make-up working days, and the deadline calculator. */
export function HolidaysPage() {
  const { t } = useTranslation();
  usePageTitle(t('holidays.title'));
  const [year, setYear] = useYearParam();

  return (
    <div className="container page">
      <h1>{t('holidays.title')}</h1>
      <p className="page__lead">{t('holidays.lead')}</p>
      <YearSelector year={year} onChange={setYear} />
      <CalendarYearDetails year={year} />
      <DeadlineCalculator />
    </div>
  );
}
