// A review's figures: each principle's score (the mean of its statements' agreed levels), the words
// it is shown with, and the trend across agreed reviews. Pure: no database, no clock.
import { PRINCIPLES, REVIEW_LEVELS, type PrincipleKey, type ReviewLevel } from "./principles";

export type AgreedLevel = { statementKey: string; level: ReviewLevel };
export type PrincipleScore = {
  principleKey: PrincipleKey;
  score: number | null;
  agreed: number;
  statements: number;
};

const PRINCIPLE_OF_STATEMENT = new Map(
  PRINCIPLES.flatMap((p) => p.statements.map((s) => [s.key, p.key] as const)),
);

/** The principle a statement belongs to, or undefined for a key Harbour does not know. */
export const principleOfStatement = (statementKey: string): PrincipleKey | undefined =>
  PRINCIPLE_OF_STATEMENT.get(statementKey);

export const STATEMENT_COUNT = PRINCIPLE_OF_STATEMENT.size;

/** Per principle, in the principles' order: the mean agreed level, or null when none is agreed yet. */
export function principleScores(levels: AgreedLevel[]): PrincipleScore[] {
  const byStatement = new Map(levels.map((l) => [l.statementKey, l.level]));
  return PRINCIPLES.map((p) => {
    const agreed = p.statements.flatMap((s) => {
      const level = byStatement.get(s.key);
      return level === undefined ? [] : [level];
    });
    return {
      principleKey: p.key,
      score: agreed.length === 0 ? null : agreed.reduce<number>((sum, l) => sum + l, 0) / agreed.length,
      agreed: agreed.length,
      statements: p.statements.length,
    };
  });
}

/**
 * A score in words: the level the school has reached on average, so 2.8 reads "Established" (it is
 * not yet Embedded everywhere). Shown with the number, to one decimal place.
 */
export function scoreWords(score: number): string {
  const level = Math.min(3, Math.max(0, Math.floor(score + 1e-9)));
  return REVIEW_LEVELS[level]!;
}

export const formatScore = (score: number) => `${scoreWords(score)} (${score.toFixed(1)} of 3)`;

export type AgreedReview = { id: string; agreedAt: Date; levels: AgreedLevel[] };
export type TrendPoint = { reviewId: string; agreedAt: Date } & Partial<Record<PrincipleKey, number>>;

/** One point per agreed review, oldest first, with each principle's score (absent when unscored). */
export function trendSeries(reviews: AgreedReview[]): TrendPoint[] {
  return [...reviews]
    .sort((a, b) => a.agreedAt.getTime() - b.agreedAt.getTime() || a.id.localeCompare(b.id))
    .map((r) => {
      const point: TrendPoint = { reviewId: r.id, agreedAt: r.agreedAt };
      for (const s of principleScores(r.levels)) if (s.score !== null) point[s.principleKey] = s.score;
      return point;
    });
}
