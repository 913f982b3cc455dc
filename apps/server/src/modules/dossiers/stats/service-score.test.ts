import type { DossierStatsRow } from '@lienthong/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeServiceScore, SCORE_GROUPS, type ScoreExtras } from './service-score.ts';

const EMPTY: DossierStatsRow = {
  key: 'total',
  label: 'Tổng cộng',
  received: 0,
  resolved: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pending: 0,
  pendingLate: 0,
  online: 0,
  fullProcess: 0,
  digitised: 0,
  paidOnline: 0,
  withFees: 0,
  rated: 0,
  ratingSum: 0,
  satisfied: 0,
};
const NO_EXTRAS: ScoreExtras = { catalogueComplete: 0, trackable: 0, results: 0, resultsElectronic: 0 };

/** 100 dossiers received, all resolved on time, all online, full-process, digitised, paid online, satisfied. */
const PERFECT: DossierStatsRow = {
  ...EMPTY,
  received: 100,
  resolved: 100,
  resolvedOnTime: 100,
  online: 100,
  fullProcess: 100,
  digitised: 100,
  paidOnline: 40,
  withFees: 40,
  rated: 50,
  ratingSum: 250,
  satisfied: 50,
};
const PERFECT_EXTRAS: ScoreExtras = {
  catalogueComplete: 100,
  trackable: 100,
  results: 100,
  resultsElectronic: 100,
};

describe('computeServiceScore (QĐ 766/QĐ-TTg, our reading)', () => {
  it('gives 100 points when every measured share is 100%, with the groups 18/20/22/22/18', () => {
    expect(computeServiceScore(PERFECT, PERFECT_EXTRAS)).toEqual({
      total: 100,
      transparency: 18,
      progress: 20,
      digitisation: 22,
      online: 22,
      satisfaction: 18,
    });
  });

  it('gives 0 when nothing can be measured (no dossiers)', () => {
    expect(computeServiceScore(EMPTY, NO_EXTRAS)).toEqual({
      total: 0,
      transparency: 0,
      progress: 0,
      digitisation: 0,
      online: 0,
      satisfaction: 0,
    });
  });

  it('spreads the points of an unmeasured sub-criterion over the measured ones', () => {
    // No dossier with fees: the online group is online (8) + full-process (8) scaled to 22.
    const score = computeServiceScore(
      { ...PERFECT, paidOnline: 0, withFees: 0, fullProcess: 50 },
      PERFECT_EXTRAS,
    );
    expect(score.online).toBe(16.5); // 22 × (8 × 1 + 8 × 0.5) / 16
    // No result document yet: digitisation counts the digitised dossiers only.
    expect(
      computeServiceScore({ ...PERFECT, digitised: 25 }, { ...PERFECT_EXTRAS, results: 0 }).digitisation,
    ).toBe(5.5);
  });

  it('counts dossiers pending past their due time against progress', () => {
    const score = computeServiceScore(
      { ...PERFECT, resolved: 80, resolvedOnTime: 60, resolvedLate: 20, pendingLate: 20 },
      PERFECT_EXTRAS,
    );
    expect(score.progress).toBe(12); // 20 × 60 / (80 + 20)
  });

  it('scores each sub-criterion linearly', () => {
    const score = computeServiceScore(
      { ...PERFECT, online: 97, fullProcess: 60, paidOnline: 30, digitised: 98, satisfied: 45 },
      { ...PERFECT_EXTRAS, catalogueComplete: 50, trackable: 100, resultsElectronic: 90 },
    );
    expect(score).toEqual({
      transparency: 13.5, // 9 × 0.5 + 9 × 1
      progress: 20,
      digitisation: 20.68, // 11 × 0.98 + 11 × 0.9
      online: 17.06, // 8 × 0.97 + 8 × 0.6 + 6 × 0.75
      satisfaction: 16.2, // 18 × 0.9
      total: 87.44,
    });
  });

  it('stays within each group’s points, and the total is their sum', () => {
    const count = fc.nat({ max: 10_000 });
    fc.assert(
      fc.property(
        fc.record({
          received: count,
          resolved: count,
          pendingLate: count,
          withFees: count,
          rated: count,
          results: count,
        }),
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        (n, [a, b]) => {
          const part = (of: number, share: number) => Math.floor(of * share);
          const row: DossierStatsRow = {
            ...EMPTY,
            received: n.received,
            resolved: n.resolved,
            resolvedOnTime: part(n.resolved, a),
            pendingLate: n.pendingLate,
            online: part(n.received, a),
            fullProcess: part(n.received, b),
            digitised: part(n.received, b),
            withFees: n.withFees,
            paidOnline: part(n.withFees, a),
            rated: n.rated,
            satisfied: part(n.rated, b),
          };
          const extras: ScoreExtras = {
            catalogueComplete: part(n.received, a),
            trackable: part(n.received, b),
            results: n.results,
            resultsElectronic: part(n.results, a),
          };
          const score = computeServiceScore(row, extras);
          for (const [group, points] of Object.entries(SCORE_GROUPS)) {
            const value = score[group as keyof typeof SCORE_GROUPS];
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(points);
          }
          const sum = Object.keys(SCORE_GROUPS).reduce(
            (total, group) => total + score[group as keyof typeof SCORE_GROUPS],
            0,
          );
          expect(score.total).toBeCloseTo(sum, 6);
        },
      ),
    );
  });
});
