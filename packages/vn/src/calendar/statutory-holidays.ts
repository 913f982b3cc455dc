import {
  compareLocalDates,
  dayNumberFromParts,
  fromDayNumber,
  isWeekend,
  type LocalDate,
  toDayNumber,
  weekdayOf,
} from './local-date.ts';
import { lunarToSolar } from './lunar.ts';

/**
 * Public holidays of the Labour Code (Bộ luật Lao động 2019, Art. 112(1); from 2014 to 2020
 * Bộ luật Lao động 2012, Art. 115, which had a single National Day) and the compensatory days of
 * Art. 111(3). Yearly government decisions are not here: they are override data
 * (`calendar-overrides.ts`) applied on top by the working calendar.
 */
export type HolidayKind = 'statutory' | 'compensatory' | 'decision';
export type Holiday = { date: LocalDate; name: string; kind: HolidayKind };

/** First year of the second National Day holiday (Labour Code 2019, in force 2021-01-01). */
const LABOUR_CODE_2019_FROM = 2021;
const TET_DAY_NAMES = ['ngày cuối năm', 'mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/**
 * The day next to 2 September taken as the second National Day holiday when no yearly decision
 * says otherwise: 3 September when 2 September is a Thursday (giving a four-day weekend, as
 * decided in 2021), else 1 September (as decided in 2022, 2023 and 2025; in 2024 the decision
 * named 3 September, which gives the same days off as 1 September plus its compensatory day).
 */
function pickNationalDayAdjacent(year: number): number {
  const nationalDay = dayNumberFromParts(year, 9, 2);
  return weekdayOf(nationalDay) === 4 ? nationalDay + 1 : nationalDay - 1;
}

/**
 * The statutory holidays of a year, in date order: 1 January; Tết, 5 days: the last day of the
 * lunar year and the first four days of the new one (the base rule; the Prime Minister fixes the
 * actual days every year, Art. 112(3)); Hùng Kings' day 10/3 lunar; 30 April; 1 May; 2 September
 * and, from 2021, one adjacent day (see `pickNationalDayAdjacent`).
 */
export function listStatutoryHolidays(year: number): Holiday[] {
  const holidays: Holiday[] = [];
  const add = (dayNumber: number, name: string) => {
    holidays.push({ date: fromDayNumber(dayNumber), name, kind: 'statutory' });
  };
  add(dayNumberFromParts(year, 1, 1), 'Tết Dương lịch');
  const tet = toDayNumber(lunarToSolar({ year, month: 1, day: 1, isLeapMonth: false }));
  TET_DAY_NAMES.forEach((label, index) => {
    add(tet - 1 + index, `Tết Âm lịch (${label})`);
  });
  add(
    toDayNumber(lunarToSolar({ year, month: 3, day: 10, isLeapMonth: false })),
    'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  );
  add(dayNumberFromParts(year, 4, 30), 'Ngày Chiến thắng (30/4)');
  add(dayNumberFromParts(year, 5, 1), 'Ngày Quốc tế lao động (1/5)');
  add(dayNumberFromParts(year, 9, 2), 'Quốc khánh (2/9)');
  if (year >= LABOUR_CODE_2019_FROM) add(pickNationalDayAdjacent(year), 'Quốc khánh (ngày liền kề)');
  return holidays.sort((a, b) => compareLocalDates(a.date, b.date));
}

/**
 * Statutory holidays plus the compensatory days of Art. 111(3): a holiday on a Saturday or
 * Sunday gives a day off on the next day that is neither a weekend nor another holiday nor
 * already a compensatory day. This is the calendar before any yearly decision.
 */
export function listBaseDaysOff(year: number): Holiday[] {
  const statutory = listStatutoryHolidays(year);
  const taken = new Set(statutory.map((holiday) => toDayNumber(holiday.date)));
  const compensatory: Holiday[] = [];
  for (const holiday of statutory) {
    const dayNumber = toDayNumber(holiday.date);
    if (!isWeekend(dayNumber)) continue;
    let next = dayNumber + 1;
    while (isWeekend(next) || taken.has(next)) next++;
    taken.add(next);
    compensatory.push({ date: fromDayNumber(next), name: `Nghỉ bù ${holiday.name}`, kind: 'compensatory' });
  }
  return [...statutory, ...compensatory].sort((a, b) => compareLocalDates(a.date, b.date));
}
