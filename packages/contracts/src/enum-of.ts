import { z } from 'zod';

/** A zod enum of the keys of a labels object (`{ code: 'Vietnamese label' }`), the shape of our closed lists. */
export function enumOf<T extends Record<string, unknown>>(labels: T) {
  return z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]]);
}
