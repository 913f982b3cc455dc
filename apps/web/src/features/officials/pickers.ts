import type { KeyboardEvent } from 'react';

/** Dates as people in Việt Nam write them. */
export const DATE_FORMAT = 'DD/MM/YYYY';

/** `onKeyDown` of a date picker in a form: Enter confirms the typed date without submitting the form. */
export function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}
