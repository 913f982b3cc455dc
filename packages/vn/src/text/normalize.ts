import { normalizeToneMarks, type ToneStyle } from './tone-marks.ts';

export type NormalizeOptions = { toneStyle?: ToneStyle };

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /\s+/g;

/**
 * The canonical form of a Vietnamese text for storage and comparison: Unicode NFC, tone marks
 * placed in one style (modern by default), invisible characters removed, runs of white space
 * collapsed to one space and the ends trimmed.
 */
export function normalizeVietnamese(text: string, options: NormalizeOptions = {}): string {
  const cleaned = text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  return normalizeToneMarks(cleaned, options.toneStyle ?? 'modern');
}
