import type { KeyboardEvent } from 'react';

/** Date and time as people in Việt Nam write them. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const TIME_FORMAT = 'HH:mm';

/**
 * `onKeyDown` of a date or time picker inside a form: Enter confirms the typed date (the
 * picker has already taken it) without also submitting the form.
 */
export function keepEnterInPicker(event: KeyboardEvent<HTMLElement>): void {
  if (event.key === 'Enter') event.preventDefault();
}
