import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import { vietnamLocalDate } from '../../lib/format.ts';

/** Dates as people in Việt Nam write them. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** `onKeyDown` of a date picker in a form: Enter confirms the typed date without submitting the form. */
export function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}

/** Today in Vietnam as `YYYY-MM-DD`, whatever the browser's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamLocalDate(now) ?? now.toISOString().slice(0, 10);
}

/** Today in Vietnam as a dayjs day (for pickers). */
export const vietnamToday = (now: Date = new Date()): Dayjs => dayjs(todayInVietnam(now));
