import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { effectiveK, isShowable, MIN_GROUP_SIZE } from "../../lib/suppression";

describe("effectiveK", () => {
  it("defaults to 5 and lets settings raise it", () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    expect(effectiveK()).toBe(5);
    expect(effectiveK(null)).toBe(5);
    expect(effectiveK(7)).toBe(7);
    expect(effectiveK(7.9)).toBe(7);
  });

  it("never lets settings lower it", () => {
    expect(effectiveK(3)).toBe(5);
    expect(effectiveK(0)).toBe(5);
    expect(effectiveK(-10)).toBe(5);
  });

  it("treats a setting that is not a number as the default, never as 'show everything'", () => {
    expect(effectiveK(Number.NaN)).toBe(5);
    expect(isShowable(1, Number.NaN)).toBe(false);
    expect(isShowable(5, Number.NaN)).toBe(true);
  });

  it("is never below 5 for any number (property)", () => {
    fc.assert(
      fc.property(fc.double(), (k) => {
        expect(effectiveK(k)).toBeGreaterThanOrEqual(5);
      }),
    );
    fc.assert(
      fc.property(fc.option(fc.integer(), { nil: null }), (k) => {
        expect(effectiveK(k)).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});

describe("isShowable", () => {
  it("shows an aggregate resting on at least k respondents", () => {
    expect(isShowable(4, 5)).toBe(false);
    expect(isShowable(5, 5)).toBe(true);
    expect(isShowable(4, 2)).toBe(false); // k cannot be lowered
    expect(isShowable(6, 7)).toBe(false);
    expect(isShowable(0, 5)).toBe(false);
  });
});
