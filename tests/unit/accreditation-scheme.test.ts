import { describe, expect, it } from "vitest";
import { HARBOUR_SCHEME } from "@/lib/accreditation/default-scheme";

describe("Harbour's accreditation scheme", () => {
  it("has six strands of three to six criteria, keyed by strand and position", () => {
    expect(HARBOUR_SCHEME.strands).toHaveLength(6);
    HARBOUR_SCHEME.strands.forEach((strand, i) => {
      expect(strand.criteria.length, strand.title).toBeGreaterThanOrEqual(3);
      expect(strand.criteria.length, strand.title).toBeLessThanOrEqual(6);
      strand.criteria.forEach((c, j) => expect(c.key).toBe(`${i + 1}.${j + 1}`));
    });
  });

  it("has the three levels in order", () => {
    expect(HARBOUR_SCHEME.levels.map((l) => l.label)).toEqual([
      "Working towards",
      "Accredited",
      "Accredited with distinction",
    ]);
  });

  it("names each live measure once", () => {
    const measures = HARBOUR_SCHEME.strands.flatMap((s) => s.criteria.flatMap((c) => c.measure ?? []));
    expect([...measures].sort()).toEqual([
      "ACTION_PLAN_VALIDATED",
      "CORE_TRAINING_IN_DATE",
      "PEER_REVIEW_DONE",
      "ROUND_THIS_YEAR",
    ]);
  });
});
