import { ApiError } from './api.ts';

/**
 * The field errors of a 400 problem (`errors: [{ path: 'body.username', message }]`) as antd
 * `form.setFields` entries, for the top-level body fields a form has.
 */
export function bodyFieldErrors<Name extends string>(
  error: unknown,
  names: readonly Name[],
): Array<{ name: Name; errors: string[] }> {
  if (!(error instanceof ApiError)) return [];
  return names.flatMap((name) => {
    const errors = error.errors.filter((e) => e.path === `body.${name}`).map((e) => e.message);
    return errors.length > 0 ? [{ name, errors }] : [];
  });
}
