/** What other features may use from the calendar feature. */

export { formatDayWithWeekday, formatDue } from './calendar-format.ts';
export { CalendarYearDetails, DayOffKindTag } from './calendar-year-details.tsx';
export { DeadlineCalculator } from './deadline-calculator.tsx';
