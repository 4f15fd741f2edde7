// Change since the previous round, for published rows only. Pure: no database.
// A change is shown only where both rounds published the row: a change beside a withheld figure
// would give that figure away (now - change = before).
import { compareCodes } from "../gaps/gap";
import type { RoundPublication } from "./round";

export type PublishedChange = {
  code: string;
  withheld: boolean;
  needRateDelta: number | null;
  meanGapDelta: number | null;
};

export function compareRoundsPublished(
  current: RoundPublication,
  previous: RoundPublication,
): PublishedChange[] {
  const before = new Map(previous.rows.map((r) => [r.code, r]));
  const now = new Set(current.rows.map((r) => r.code));
  const rows: PublishedChange[] = current.rows.map((c) => {
    const p = before.get(c.code);
    if (c.withheld || !p || p.withheld)
      return {
        code: c.code,
        withheld: c.withheld || Boolean(p?.withheld),
        needRateDelta: null,
        meanGapDelta: null,
      };
    return {
      code: c.code,
      withheld: false,
      needRateDelta: c.needRate === null || p.needRate === null ? null : c.needRate - p.needRate,
      meanGapDelta: c.meanGap === null || p.meanGap === null ? null : c.meanGap - p.meanGap,
    };
  });
  const dropped = previous.rows.filter((r) => !now.has(r.code)).sort((a, b) => compareCodes(a.code, b.code));
  for (const r of dropped)
    rows.push({ code: r.code, withheld: r.withheld, needRateDelta: null, meanGapDelta: null });
  return rows;
}
