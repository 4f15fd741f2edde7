import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deletionDue, isDue, retentionCutoff, retentionSchema } from "@/lib/privacy/retention";

describe("retention rules", () => {
  it("a round's responses are due exactly the chosen years after it ended (the early close counts)", () => {
    const round = { closesAt: new Date("2026-07-20T12:00:00Z"), closedAt: new Date("2026-07-10T09:00:00Z") };
    expect(deletionDue(round, 3).toISOString()).toBe("2029-07-10T09:00:00.000Z");
    expect(isDue(round, 3, new Date("2029-07-10T08:59:59Z"))).toBe(false);
    expect(isDue(round, 3, new Date("2029-07-10T09:00:00Z"))).toBe(true);
    expect(deletionDue({ closesAt: round.closesAt, closedAt: null }, 1).toISOString()).toBe(
      "2027-07-20T12:00:00.000Z",
    );
  });

  it("the job's cutoff and the per-round date agree for any round and any years", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2020-01-01"), max: new Date("2040-01-01"), noInvalidDate: true }),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2060-01-01"), noInvalidDate: true }),
        fc.integer({ min: 1, max: 10 }),
        (ended, now, years) => {
          const round = { closesAt: ended, closedAt: null };
          const byCutoff = ended.getTime() <= retentionCutoff(now, years).getTime();
          // 29 February aside (it moves a day), both readings say the same.
          if (ended.getUTCMonth() === 1 && ended.getUTCDate() === 29) return;
          expect(isDue(round, years, now)).toBe(byCutoff);
        },
      ),
    );
  });

  it("takes whole years from 1 to 10, with a message for anything else", () => {
    expect(retentionSchema.parse({ years: "4" })).toEqual({ years: 4 });
    for (const years of ["0", "11", "2.5", "", "x", null, undefined, -3]) {
      const out = retentionSchema.safeParse({ years });
      expect(out.success, String(years)).toBe(false);
      if (!out.success) expect(out.error.issues[0]!.message).toMatch(/year/);
    }
  });
});
