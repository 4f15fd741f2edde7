// A defect found by the adversary work (issue 7): a role at two tiers (its tier changed mid-round)
// becomes two role groups with the same key, so their heatmap cells merge and progress counts both.
import { describe, expect, it } from "vitest";
import { publishRound } from "@/lib/disclosure";
import { factsOf } from "./support/adversary-rounds";

describe("a role whose tier changed mid-round", () => {
  // Three one-tier bands: Teachers at tier 1 and at tier 2 are counted in their own bands.
  it("still gives every group its own key, so heatmap cells and progress rows never merge", () => {
    const { facts } = factsOf({
      k: 5,
      style: "uniform",
      seed: 1,
      competencies: [
        { code: "D1.01", domainCode: "D1", tier: 1 },
        { code: "D1.02", domainCode: "D1", tier: 2 },
      ],
      roles: [
        { role: "TEACHER", tier: 1, submitted: 8, inProgress: 0, notStarted: 0 },
        { role: "TEACHER", tier: 2, submitted: 6, inProgress: 0, notStarted: 0 },
        { role: "DSL", tier: 3, submitted: 5, inProgress: 0, notStarted: 0 },
      ],
    });
    const pub = publishRound(facts);
    const keys = pub.recoding.groups.map((g) => g.key);
    expect(new Set(keys).size, `group keys ${keys.join(", ")}`).toBe(keys.length);
    const cells = pub.heatmap.map((c) => `${c.domainCode}/${c.groupKey}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
});
