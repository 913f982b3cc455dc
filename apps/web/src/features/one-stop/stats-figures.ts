import type { DossierStatsRow, ServiceScore } from './queries.ts';

/**
 * The indicators of a statistics row, as shares (0–1, or null when there is nothing to divide
 * by), with the denominators the statistics module documents (modules/dossiers/stats/README.md).
 */
export interface RowFigures {
  received: number;
  resolved: number;
  /** Resolved on time over resolved. */
  onTime: number | null;
  /** Resolved late plus pending past their due time. */
  late: number;
  pending: number;
  /** Filed online over received. */
  online: number | null;
  /** Full-process online procedures over received. */
  fullProcess: number | null;
  /** Digitised dossiers over received. */
  digitised: number | null;
  /** Paid online over dossiers with fees. */
  paidOnline: number | null;
  /** Ratings of 4 or 5 over ratings. */
  satisfaction: number | null;
  /** Average rating (1–5). */
  averageRating: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function figuresOf(row: DossierStatsRow): RowFigures {
  return {
    received: row.received,
    resolved: row.resolved,
    onTime: share(row.resolvedOnTime, row.resolved),
    late: row.resolvedLate + row.pendingLate,
    pending: row.pending,
    online: share(row.online, row.received),
    fullProcess: share(row.fullProcess, row.received),
    digitised: share(row.digitised, row.received),
    paidOnline: share(row.paidOnline, row.withFees),
    satisfaction: share(row.satisfied, row.rated),
    averageRating: share(row.ratingSum, row.rated),
  };
}

/** The five groups of the QĐ 766/QĐ-TTg service score and their maxima (100 in all). */
export const SCORE_GROUPS = [
  { key: 'transparency', max: 18 },
  { key: 'progress', max: 20 },
  { key: 'digitisation', max: 22 },
  { key: 'online', max: 22 },
  { key: 'satisfaction', max: 18 },
] as const satisfies readonly { key: Exclude<keyof ServiceScore, 'total'>; max: number }[];

export const SCORE_MAX = 100;
