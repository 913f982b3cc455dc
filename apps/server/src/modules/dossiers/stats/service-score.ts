import type { DossierStatsRow, ServiceScore } from '@lienthong/contracts';

/**
 * The QĐ 766/QĐ-TTg (2022) service score, 100 points, as we read it (stats/README.md): five
 * groups, each made of sub-criteria measured as a share between 0 and 1 and scored linearly
 * (points × share). A sub-criterion whose denominator is 0 (nothing to measure) is left out and
 * the group's points are spread over the measured ones; a group with nothing measured scores 0.
 * Pure: the figures come from the dossiers (`DossierStatsRow`) and `ScoreExtras`.
 */

/** Figures the score needs beyond the published row (counted by the same query). */
export type ScoreExtras = {
  /** Received dossiers whose procedure version has a complete public catalogue entry. */
  catalogueComplete: number;
  /** Received dossiers the applicant can follow online (code and tracking secret issued). */
  trackable: number;
  /** Dossiers ended with a result document in the period, and those whose result is an electronic file. */
  results: number;
  resultsElectronic: number;
};

export const SCORE_GROUPS = {
  transparency: 18,
  progress: 20,
  digitisation: 22,
  online: 22,
  satisfaction: 18,
} as const;
type Group = keyof typeof SCORE_GROUPS;

/** A sub-criterion: its weight within the group and its share (null = not measurable here). */
type Part = { weight: number; share: number | null };

function share(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.min(1, Math.max(0, numerator / denominator));
}

function groupScore(points: number, parts: readonly Part[]): number {
  const measured = parts.filter((part): part is { weight: number; share: number } => part.share !== null);
  const weight = measured.reduce((sum, part) => sum + part.weight, 0);
  if (weight === 0) return 0;
  const weighted = measured.reduce((sum, part) => sum + part.weight * part.share, 0);
  return points * (weighted / weight);
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The sub-criteria of each group with the weights documented in stats/README.md. */
export function scoreParts(row: DossierStatsRow, extras: ScoreExtras): Record<Group, Part[]> {
  return {
    transparency: [
      { weight: 9, share: share(extras.catalogueComplete, row.received) },
      { weight: 9, share: share(extras.trackable, row.received) },
    ],
    // Late = resolved late, plus still pending past the due time (the backlog counts too).
    progress: [{ weight: 20, share: share(row.resolvedOnTime, row.resolved + row.pendingLate) }],
    digitisation: [
      { weight: 11, share: share(row.digitised, row.received) },
      { weight: 11, share: share(extras.resultsElectronic, extras.results) },
    ],
    online: [
      { weight: 8, share: share(row.online, row.received) },
      { weight: 8, share: share(row.fullProcess, row.received) },
      { weight: 6, share: share(row.paidOnline, row.withFees) },
    ],
    satisfaction: [{ weight: 18, share: share(row.satisfied, row.rated) }],
  };
}

export function computeServiceScore(row: DossierStatsRow, extras: ScoreExtras): ServiceScore {
  const parts = scoreParts(row, extras);
  const groups = Object.fromEntries(
    (Object.keys(SCORE_GROUPS) as Group[]).map((group) => [
      group,
      round2(groupScore(SCORE_GROUPS[group], parts[group])),
    ]),
  ) as Record<Group, number>;
  const total = round2(Object.values(groups).reduce((sum, value) => sum + value, 0));
  return { total, ...groups };
}
