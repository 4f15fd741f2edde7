import { describe, expect, it } from "vitest";
import { publishTrainingAnswers, type TrainingAnswers } from "@/lib/disclosure";

const person = (
  barriers: string[],
  confidence: number | null,
  wellbeing: Record<string, number> | null = null,
): TrainingAnswers => ({
  barriers,
  formats: ["IN_SCHOOL"],
  confidence,
  wellbeing,
});
// Six said time, two said funding; five gave a confidence; four answered the wellbeing question.
const answers = [
  ...Array.from({ length: 6 }, (_, i) =>
    person(["TIME"], i < 5 ? 4 : null, i < 4 ? { feelSupported: 2 } : null),
  ),
  person(["FUNDING"], null),
  person(["FUNDING", "TIME"], null),
];
const input = (mode: "full" | "controlled") => ({
  mode,
  k: 5,
  answers,
  barrierKeys: ["TIME", "FUNDING", "OTHER"],
  formatKeys: ["IN_SCHOOL"],
  wellbeingKeys: ["feelSupported"],
});

describe("what staff said about training, as published", () => {
  it("keeps the options' own order and withholds counts under k in a controlled round", () => {
    const p = publishTrainingAnswers(input("controlled"));
    expect(p.respondents).toBe(8);
    expect(p.barriers).toEqual([
      { key: "TIME", count: 7, share: 7 / 8 },
      { key: "FUNDING", count: null, share: null },
      { key: "OTHER", count: null, share: null },
    ]);
    expect(p.confidence).toEqual({ key: "confidence", answered: 5, mean: 4 });
    // Four wellbeing answers: fewer than k, so no mean.
    expect(p.wellbeing).toEqual([{ key: "feelSupported", answered: 4, mean: null }]);
  });

  it("shows every count in a named round, but never a wellbeing mean of fewer than k", () => {
    const p = publishTrainingAnswers(input("full"));
    expect(p.barriers.map((b) => b.count)).toEqual([7, 2, 0]);
    expect(p.wellbeing[0]!.mean).toBeNull();
  });
});
