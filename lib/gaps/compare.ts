// Change since the previous round, per competency. Pure: no database.
import { compareCodes } from "./gap";
import type { CompetencyChange, GapAnalysis } from "./types";

const delta = (now: number | null | undefined, before: number | null | undefined) =>
  now === null || now === undefined || before === null || before === undefined ? null : now - before;

/**
 * Current minus previous need_rate and mean_gap (negative = improvement). Null where either side is
 * null or the competency is missing from one round. Rows follow the current round's priority order;
 * competencies only in the previous round come last, by code.
 */
export function compareRounds(current: GapAnalysis, previous: GapAnalysis): CompetencyChange[] {
  const before = new Map(previous.competencies.map((c) => [c.code, c]));
  const now = new Set(current.competencies.map((c) => c.code));
  const rows: CompetencyChange[] = current.competencies.map((c) => {
    const p = before.get(c.code);
    return {
      code: c.code,
      needRateDelta: delta(c.needRate, p?.needRate),
      meanGapDelta: delta(c.meanGap, p?.meanGap),
    };
  });
  const dropped = previous.competencies
    .filter((c) => !now.has(c.code))
    .sort((a, b) => compareCodes(a.code, b.code));
  for (const c of dropped) rows.push({ code: c.code, needRateDelta: null, meanGapDelta: null });
  return rows;
}
