import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishBenchmarks, type BenchmarkGroup } from "@/lib/disclosure";
import { PRINCIPLE_KEYS } from "@/lib/review/principles";

const groups = (trust: number, all: number, mean = 2): BenchmarkGroup[] =>
  PRINCIPLE_KEYS.flatMap((principleKey) => [
    ...(trust > 0 ? [{ principleKey, groupKind: "trust" as const, schools: trust, mean }] : []),
    ...(all > 0 ? [{ principleKey, groupKind: "all" as const, schools: all, mean }] : []),
  ]);

describe("publishing benchmarks", () => {
  it("withholds under 5 schools and shows at 5", () => {
    const [under] = publishBenchmarks(PRINCIPLE_KEYS, groups(4, 4), true);
    expect(under).toEqual({
      principleKey: PRINCIPLE_KEYS[0],
      trust: { shown: false, reason: "too-few" },
      all: { shown: false, reason: "too-few" },
    });
    const [at] = publishBenchmarks(PRINCIPLE_KEYS, groups(5, 5), true);
    expect(at!.trust).toEqual({ shown: true, schools: 5, mean: 2 });
    expect(at!.all).toEqual({ shown: true, schools: 5, mean: 2 });
  });

  it("says a school in no trust has no trust figure, and still shows the server's", () => {
    const [b] = publishBenchmarks(PRINCIPLE_KEYS, groups(0, 9), false);
    expect(b!.trust).toEqual({ shown: false, reason: "no-trust" });
    expect(b!.all).toMatchObject({ shown: true, schools: 9 });
  });

  it("withholds the server's figure when fewer than 5 schools lie outside a shown trust", () => {
    const [b] = publishBenchmarks(PRINCIPLE_KEYS, groups(5, 7), true);
    expect(b!.trust).toMatchObject({ shown: true });
    expect(b!.all).toEqual({ shown: false, reason: "linked" });
    expect(publishBenchmarks(PRINCIPLE_KEYS, groups(5, 10), true)[0]!.all).toMatchObject({ shown: true });
  });

  it("never lets k be lowered below 5", () => {
    expect(publishBenchmarks(PRINCIPLE_KEYS, groups(3, 3), true, 2)[0]!.trust.shown).toBe(false);
  });

  it("never publishes a group, or a difference of groups, resting on 1 to 4 schools (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        (t, extra, inTrust) => {
          const trust = inTrust ? t : 0;
          const [b] = publishBenchmarks(PRINCIPLE_KEYS, groups(trust, trust + extra), inTrust);
          const shown = [b!.trust, b!.all].flatMap((f) => (f.shown ? [f.schools] : []));
          for (const n of shown) expect(n).toBeGreaterThanOrEqual(5);
          if (b!.trust.shown && b!.all.shown) {
            const outside = b!.all.schools - b!.trust.schools;
            expect(outside === 0 || outside >= 5).toBe(true);
          }
          // A withheld figure carries neither a mean nor a count.
          for (const f of [b!.trust, b!.all])
            if (!f.shown) expect(Object.keys(f).sort()).toEqual(["reason", "shown"]);
        },
      ),
    );
  });
});
