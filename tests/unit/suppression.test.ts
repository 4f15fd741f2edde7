import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { effectiveK, isShowable, MIN_GROUP_SIZE, withheldParts, type Part } from "../../lib/suppression";

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
    expect(
      withheldParts(
        [
          { key: "a", respondents: 1 },
          { key: "b", respondents: 9 },
          { key: "c", respondents: 9 },
        ],
        Number.NaN,
      ),
    ).toEqual(new Set(["a", "b"]));
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

describe("withheldParts", () => {
  it("withholds nothing when every part reaches k", () => {
    expect(
      withheldParts(
        [
          { key: "a", respondents: 5 },
          { key: "b", respondents: 12 },
        ],
        5,
      ),
    ).toEqual(new Set());
  });

  it("withholds the next smallest part when exactly one is under k", () => {
    const parts: Part[] = [
      { key: "big", respondents: 30 },
      { key: "small", respondents: 3 },
      { key: "mid", respondents: 8 },
    ];
    expect(withheldParts(parts, 5)).toEqual(new Set(["small", "mid"]));
  });

  it("breaks ties on the second part by key", () => {
    const parts: Part[] = [
      { key: "z", respondents: 8 },
      { key: "small", respondents: 2 },
      { key: "a", respondents: 8 },
    ];
    expect(withheldParts(parts, 5)).toEqual(new Set(["small", "a"]));
  });

  it("withholds only what is small when two or more parts are", () => {
    const parts: Part[] = [
      { key: "a", respondents: 1 },
      { key: "b", respondents: 4 },
      { key: "c", respondents: 20 },
    ];
    expect(withheldParts(parts, 5)).toEqual(new Set(["a", "b"]));
  });

  it("withholds a lone small part", () => {
    expect(withheldParts([{ key: "only", respondents: 2 }], 5)).toEqual(new Set(["only"]));
  });

  const partsArb = fc.uniqueArray(
    fc.record({
      key: fc.string({ minLength: 1, maxLength: 4 }),
      respondents: fc.integer({ min: 0, max: 15 }),
    }),
    { selector: (p) => p.key, maxLength: 8 },
  );
  const kArb = fc.oneof(fc.integer({ min: -5, max: 12 }), fc.constant(undefined));

  it("withholds every part under k (property)", () => {
    fc.assert(
      fc.property(partsArb, kArb, (parts, k) => {
        const hidden = withheldParts(parts, k ?? 5);
        for (const p of parts) if (p.respondents < effectiveK(k)) expect(hidden.has(p.key)).toBe(true);
      }),
    );
  });

  it("never withholds exactly one part when there are others to withhold (property)", () => {
    fc.assert(
      fc.property(partsArb, kArb, (parts, k) => {
        const hidden = withheldParts(parts, k ?? 5);
        if (parts.length >= 2) expect(hidden.size === 0 || hidden.size >= 2).toBe(true);
        else expect(hidden.size).toBe(parts.length === 1 && parts[0]!.respondents < effectiveK(k) ? 1 : 0);
      }),
    );
  });

  it("only names real parts, and does not depend on their order (property)", () => {
    fc.assert(
      fc.property(partsArb, kArb, (parts, k) => {
        const hidden = withheldParts(parts, k ?? 5);
        const keys = new Set(parts.map((p) => p.key));
        for (const key of hidden) expect(keys.has(key)).toBe(true);
        expect(withheldParts([...parts].reverse(), k ?? 5)).toEqual(hidden);
      }),
    );
  });
});
