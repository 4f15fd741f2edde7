import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRINCIPLES, type ReviewLevel } from "@/lib/review/principles";
import { formatScore, principleScores, scoreWords, STATEMENT_COUNT, trendSeries } from "@/lib/review/scores";

const allAt = (level: ReviewLevel) =>
  PRINCIPLES.flatMap((p) => p.statements.map((s) => ({ statementKey: s.key, level })));

describe("principle scores", () => {
  it("is the mean of the principle's agreed statements, null with none agreed", () => {
    const [first] = PRINCIPLES;
    const levels = first!.statements.map((s, i) => ({ statementKey: s.key, level: (i % 4) as ReviewLevel }));
    const scores = principleScores(levels);
    const expected = levels.reduce((sum, l) => sum + l.level, 0) / levels.length;
    expect(scores[0]).toEqual({
      principleKey: first!.key,
      score: expected,
      agreed: levels.length,
      statements: levels.length,
    });
    expect(scores.slice(1).every((s) => s.score === null && s.agreed === 0)).toBe(true);
    expect(scores.map((s) => s.principleKey)).toEqual(PRINCIPLES.map((p) => p.key));
  });

  it("ignores keys Harbour does not know", () => {
    expect(principleScores([{ statementKey: "made-up.1", level: 3 }]).every((s) => s.score === null)).toBe(
      true,
    );
  });

  it("stays between the lowest and highest agreed level of the principle (property)", () => {
    const levels = fc.array(fc.constantFrom<ReviewLevel>(0, 1, 2, 3), {
      minLength: STATEMENT_COUNT,
      maxLength: STATEMENT_COUNT,
    });
    fc.assert(
      fc.property(levels, (ls) => {
        const keys = PRINCIPLES.flatMap((p) => p.statements.map((s) => s.key));
        const input = keys.map((statementKey, i) => ({ statementKey, level: ls[i]! }));
        for (const s of principleScores(input)) {
          const mine = input
            .filter((l) => l.statementKey.startsWith(`${s.principleKey}.`))
            .map((l) => l.level);
          expect(s.score).toBeGreaterThanOrEqual(Math.min(...mine));
          expect(s.score).toBeLessThanOrEqual(Math.max(...mine));
        }
      }),
    );
  });
});

describe("score words", () => {
  it("names the level reached on average, with the number", () => {
    expect(scoreWords(0)).toBe("Not started");
    expect(scoreWords(0.99)).toBe("Not started");
    expect(scoreWords(1)).toBe("Emerging");
    expect(scoreWords(2.8)).toBe("Established");
    expect(scoreWords(3)).toBe("Embedded");
    // A mean of 7 threes and 0 others computed in floating point must still read Embedded.
    expect(scoreWords((3 * 7) / 7)).toBe("Embedded");
    expect(formatScore(2.25)).toBe("Established (2.3 of 3)");
  });
});

describe("the trend", () => {
  it("puts agreed reviews oldest first, with each principle's score", () => {
    const points = trendSeries([
      { id: "b", agreedAt: new Date("2026-09-01"), levels: allAt(2) },
      { id: "a", agreedAt: new Date("2026-03-01"), levels: allAt(1) },
    ]);
    expect(points.map((p) => p.reviewId)).toEqual(["a", "b"]);
    expect(points[0]!.leadership).toBe(1);
    expect(points[1]!["targeted-support"]).toBe(2);
  });

  it("leaves out a principle with nothing agreed rather than plotting it at zero", () => {
    const [point] = trendSeries([
      { id: "a", agreedAt: new Date(), levels: [{ statementKey: "ethos.1", level: 3 }] },
    ]);
    expect(point!.ethos).toBe(3);
    expect("leadership" in point!).toBe(false);
  });
});
