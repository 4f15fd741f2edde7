import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildSteps,
  gapFor,
  inScopeCompetencies,
  missingAnswers,
  ownResults,
  saveAnswersSchema,
  targetFor,
  trainingSchema,
  wellbeingProblem,
} from "@/lib/assessment/rules";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import { contentFromData, type CompetencyContent, type VersionContent } from "@/lib/framework/versioning";
import type { Tier } from "@/lib/tiers";

const tier = fc.constantFrom<Tier>(1, 2, 3);
const competencies = fc
  .array(fc.record({ tier, domain: fc.integer({ min: 1, max: 4 }), retired: fc.boolean() }), {
    maxLength: 30,
  })
  .map((rows) =>
    rows.map((r, i): CompetencyContent => ({
      code: `C${r.domain}.${String(i).padStart(2, "0")}`,
      domainCode: `D${r.domain}`,
      tier: r.tier,
      statement: `Statement ${i}`,
      guidance: null,
      examples: [],
      retired: r.retired,
    })),
  );
const content = competencies.map((cs): VersionContent => ({
  targets: { 1: 3, 2: 3, 3: 3 },
  ratingScale: [],
  domains: [1, 2, 3, 4].map((d) => ({ code: `D${d}`, name: `Domain ${d}`, description: "" })),
  competencies: cs,
}));

describe("scope", () => {
  it("grows with the required tier and never includes a retired competency", () => {
    fc.assert(
      fc.property(competencies, (cs) => {
        const [one, two, three] = ([1, 2, 3] as const).map(
          (t) => new Set(inScopeCompetencies(cs, t).map((c) => c.code)),
        );
        for (const code of one!) expect(two!.has(code)).toBe(true);
        for (const code of two!) expect(three!.has(code)).toBe(true);
        expect(three!.size).toBe(cs.filter((c) => !c.retired).length);
      }),
    );
  });

  it("puts exactly the tier 1 competencies in scope for a Core role in the default framework", () => {
    const all = contentFromData(DEFAULT_FRAMEWORK).competencies;
    expect(inScopeCompetencies(all, 1).every((c) => c.tier === 1)).toBe(true);
    expect(inScopeCompetencies(all, 3)).toHaveLength(all.length);
  });
});

describe("targets and gaps", () => {
  it("uses 3 unless the framework sets another target", () => {
    expect(targetFor(2)).toBe(3);
    expect(targetFor(2, { 1: 3, 2: 4, 3: 3 })).toBe(4);
  });

  it("never gives a negative gap, and gives target - rating below target", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), (target, rating) => {
        const gap = gapFor(target, rating);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBe(rating >= target ? 0 : target - rating);
      }),
    );
  });
});

describe("steps and submitting", () => {
  it("shows each in-scope competency once, in a step for its domain, then the training step", () => {
    fc.assert(
      fc.property(content, tier, (c, t) => {
        const steps = buildSteps(c, t);
        expect(steps.at(-1)).toEqual({ kind: "training" });
        const shown = steps.flatMap((s) => (s.kind === "domain" ? s.competencies : []));
        expect(shown.map((x) => x.code).sort()).toEqual(
          inScopeCompetencies(c.competencies, t)
            .map((x) => x.code)
            .sort(),
        );
        for (const s of steps)
          if (s.kind === "domain") {
            expect(s.competencies.length).toBeGreaterThan(0);
            expect(s.competencies.every((x) => x.domainCode === s.domain.code)).toBe(true);
          }
      }),
    );
  });

  it("lets a response be submitted exactly when every in-scope item is answered", () => {
    fc.assert(
      fc.property(content, tier, fc.array(fc.boolean(), { maxLength: 30 }), (c, t, picks) => {
        const answered = new Set(c.competencies.filter((_, i) => picks[i]).map((x) => x.code));
        const scoped = inScopeCompetencies(c.competencies, t);
        const complete = scoped.every((x) => answered.has(x.code));
        expect(missingAnswers(scoped, answered).length === 0).toBe(complete);
      }),
    );
  });
});

describe("own results", () => {
  it("meets the tier exactly when there is no gap, and lists only positive gaps", () => {
    fc.assert(
      fc.property(
        content,
        tier,
        fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }),
        (c, t, ratings) => {
          const map = new Map(c.competencies.map((x, i) => [x.code, ratings[i] ?? 4]));
          const r = ownResults(c, t, map);
          expect(r.meetsTier).toBe(r.gaps.length === 0);
          for (const g of r.gaps) expect(g.gap).toBeGreaterThan(0);
          for (const d of r.domains) if (d.average !== null) expect(d.average).toBeGreaterThanOrEqual(0);
          expect(Object.values(r.meetsByTier).every(Boolean)).toBe(r.meetsTier);
        },
      ),
    );
  });

  it("averages by domain and orders gaps largest first", () => {
    const c = contentFromData(DEFAULT_FRAMEWORK);
    const tier1 = inScopeCompetencies(c.competencies, 1);
    const ratings = new Map(tier1.map((x) => [x.code, 3]));
    ratings.set("C2.01", 0);
    ratings.set("C4.02", 2);
    const r = ownResults(c, 1, ratings);
    expect(r.gaps.map((g) => [g.code, g.gap])).toEqual([
      ["C2.01", 3],
      ["C4.02", 1],
    ]);
    expect(r.meetsTier).toBe(false);
    const d2 = r.domains.find((d) => d.code === "D2")!;
    expect(d2.average).toBeCloseTo((0 + 3 + 3 + 3) / 4);
  });
});

describe("schemas", () => {
  const base = { roundId: "r", frameworkVersionId: "v" };
  it("refuses ratings outside 0-4 or not whole, with a clear message", () => {
    for (const rating of [-1, 5, 2.5]) {
      const r = saveAnswersSchema.safeParse({ ...base, answers: [{ competencyCode: "C1.01", rating }] });
      expect(r.success).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/0 \(Not yet\) to 4 \(Leading\)/);
    }
    expect(
      saveAnswersSchema.safeParse({ ...base, answers: [{ competencyCode: "C1.01", rating: 0 }] }).success,
    ).toBe(true);
  });

  it("refuses the same competency twice in one batch", () => {
    const a = { competencyCode: "C1.01", rating: 1 };
    expect(saveAnswersSchema.safeParse({ ...base, answers: [a, a] }).success).toBe(false);
  });

  it("asks what the other barrier is, and drops the text when Other is not chosen", () => {
    expect(trainingSchema.safeParse({ ...base, barriers: ["OTHER"] }).success).toBe(false);
    const ok = trainingSchema.parse({
      ...base,
      barriers: ["TIME", "TIME"],
      barrierOther: "x",
      overallConfidence: 4,
    });
    expect(ok).toMatchObject({ barriers: ["TIME"], barrierOther: undefined });
    expect(trainingSchema.safeParse({ ...base, overallConfidence: 6 }).success).toBe(false);
    expect(trainingSchema.safeParse({ ...base, preferredFormats: ["PODCAST"] }).success).toBe(false);
  });

  it("allows wellbeing questions only in confidential rounds", () => {
    expect(wellbeingProblem("NAMED", { feelSupported: 3 })).toMatch(/only asked in confidential/);
    expect(wellbeingProblem("NAMED", undefined)).toBeNull();
    expect(wellbeingProblem("CONFIDENTIAL", { feelSupported: 3 })).toBeNull();
    expect(trainingSchema.safeParse({ ...base, wellbeing: { mood: 1 } }).success).toBe(false);
  });
});
