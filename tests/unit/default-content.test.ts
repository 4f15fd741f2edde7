import { describe, it, expect } from "vitest";
import { DEFAULT_FRAMEWORK } from "../../lib/framework/default-framework";
import { STARTER_CATALOGUE } from "../../lib/catalogue/starter-catalogue";

const { competencies, domains } = DEFAULT_FRAMEWORK;
const tierByCode = new Map(competencies.map((c) => [c.code, c.tier]));

describe("default framework", () => {
  it("has 36-48 competencies and 6-8 domains", () => {
    expect(competencies.length).toBeGreaterThanOrEqual(36);
    expect(competencies.length).toBeLessThanOrEqual(48);
    expect(domains.length).toBeGreaterThanOrEqual(6);
    expect(domains.length).toBeLessThanOrEqual(8);
  });

  it("has unique, well-formed competency and domain codes", () => {
    const codes = competencies.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^C\d\.\d{2}$/);
    const domainCodes = domains.map((d) => d.code);
    expect(new Set(domainCodes).size).toBe(domainCodes.length);
  });

  it("places every competency in an existing domain matching its code", () => {
    const domainCodes = new Set(domains.map((d) => d.code));
    for (const c of competencies) {
      expect(domainCodes.has(c.domainCode)).toBe(true);
      expect(c.domainCode).toBe(`D${c.code.slice(1, c.code.indexOf("."))}`);
    }
  });

  it("is ordered by domain then code", () => {
    const codes = competencies.map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("uses every tier", () => {
    const tiers = new Set(competencies.map((c) => c.tier));
    expect([...tiers].sort()).toEqual([1, 2, 3]);
  });

  it("has the exact rating scale", () => {
    expect(DEFAULT_FRAMEWORK.ratingScale.map((r) => [r.value, r.label])).toEqual([
      [0, "Not yet"],
      [1, "Aware"],
      [2, "Developing"],
      [3, "Confident"],
      [4, "Leading"],
    ]);
  });
});

describe("starter catalogue", () => {
  it("has at least 25 courses with unique kebab-case keys", () => {
    expect(STARTER_CATALOGUE.length).toBeGreaterThanOrEqual(25);
    const keys = STARTER_CATALOGUE.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("only names competencies that exist, at or below the course's tier", () => {
    for (const course of STARTER_CATALOGUE) {
      for (const outcome of course.outcomes) {
        const tier = tierByCode.get(outcome.competencyCode);
        expect(tier, `${course.key} -> ${outcome.competencyCode}`).toBeDefined();
        expect(tier ?? 99).toBeLessThanOrEqual(course.tier);
        expect(outcome.level).toBeGreaterThanOrEqual(1);
        expect(outcome.level).toBeLessThanOrEqual(4);
      }
    }
  });

  it("covers every competency with at least one outcome at level 3 or above", () => {
    const covered = new Set(
      STARTER_CATALOGUE.flatMap((c) => c.outcomes)
        .filter((o) => o.level >= 3)
        .map((o) => o.competencyCode),
    );
    const uncovered = competencies.map((c) => c.code).filter((code) => !covered.has(code));
    expect(uncovered).toEqual([]);
  });

  it("gives PER_SESSION courses a session capacity", () => {
    for (const course of STARTER_CATALOGUE.filter((c) => c.costModel === "PER_SESSION")) {
      expect(course.sessionCapacity, course.key).toBeDefined();
      expect(course.sessionCapacity ?? 0).toBeGreaterThan(0);
    }
  });

  it("has positive integer prices in pence and positive hours", () => {
    for (const course of STARTER_CATALOGUE) {
      expect(Number.isInteger(course.costPence), course.key).toBe(true);
      expect(course.costPence).toBeGreaterThan(0);
      expect(course.hoursPerParticipant).toBeGreaterThan(0);
    }
  });
});
