import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/records/rules";
import { reminderFieldProblems, roundRemindersFormSchema } from "@/lib/reminders/forms";
import {
  daysBetween,
  dueExpiryStage,
  dueRoundStage,
  latestRecordIds,
  needsRenewal,
  renewalStage,
} from "@/lib/reminders/rules";
import { endOfLondonDay, startOfLondonDay } from "@/lib/rounds/dates";

const HOUR = 3_600_000;
const round = {
  opensAt: startOfLondonDay("2026-11-02"),
  closesAt: endOfLondonDay("2026-11-20"),
  closedAt: null,
};
const at = (day: string, hour = 9) => new Date(startOfLondonDay(day).getTime() + hour * HOUR);

describe("round reminders", () => {
  it("is due from the chosen day before closing, and the second from its own day", () => {
    const days = { firstDaysBefore: 5, secondDaysBefore: 1 };
    expect(dueRoundStage(round, days, at("2026-11-14"))).toBeNull();
    expect(dueRoundStage(round, days, at("2026-11-15"))).toBe("1");
    expect(dueRoundStage(round, days, at("2026-11-18"))).toBe("1");
    expect(dueRoundStage(round, days, at("2026-11-19"))).toBe("2");
    expect(dueRoundStage(round, days, at("2026-11-20", 23))).toBe("2");
    expect(dueRoundStage(round, days, at("2026-11-21"))).toBeNull();
  });

  it("is never due without chosen days, before the round opens, or once it is closed early", () => {
    const days = { firstDaysBefore: 30, secondDaysBefore: null };
    expect(dueRoundStage(round, null, at("2026-11-19"))).toBeNull();
    expect(dueRoundStage(round, days, at("2026-11-01"))).toBeNull();
    expect(dueRoundStage({ ...round, closedAt: at("2026-11-10") }, days, at("2026-11-12"))).toBeNull();
  });

  it("counts London days across the clock change", () => {
    const spring = {
      opensAt: startOfLondonDay("2026-03-20"),
      closesAt: endOfLondonDay("2026-03-31"),
      closedAt: null,
    };
    const days = { firstDaysBefore: 3, secondDaysBefore: null };
    expect(dueRoundStage(spring, days, new Date("2026-03-27T23:30:00Z"))).toBeNull(); // 27th in London
    expect(dueRoundStage(spring, days, new Date("2026-03-28T00:30:00Z"))).toBe("1");
  });

  it("sends each person at most two, and never the first after the second, however the sweeps fall", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.array(fc.integer({ min: 0, max: 24 * 40 }), { maxLength: 60 }),
        (first, second, sweepHours) => {
          const days = {
            firstDaysBefore: first,
            secondDaysBefore: second !== null && second < first ? second : null,
          };
          const long = {
            opensAt: startOfLondonDay("2026-10-01"),
            closesAt: endOfLondonDay("2026-11-05"),
            closedAt: null,
          };
          const sent: string[] = [];
          for (const h of [...sweepHours].sort((a, b) => a - b)) {
            const stage = dueRoundStage(long, days, new Date(long.opensAt.getTime() + h * HOUR));
            if (stage && !sent.includes(stage)) sent.push(stage);
          }
          expect(sent.length).toBeLessThanOrEqual(2);
          expect(sent.join()).not.toBe("2,1");
          if (days.secondDaysBefore === null) expect(sent).not.toContain("2");
        },
      ),
    );
  });
});

describe("expiry reminders", () => {
  it("is due at 30, 14 and 0 days before, and for a week after the day if missed", () => {
    const expires = "2026-12-31";
    const stage = (d: number) => dueExpiryStage(expires, addDays(expires, -d));
    expect([31, 30, 15, 14, 1, 0, -1, -7, -8].map(stage)).toEqual([
      null,
      "30",
      "30",
      "14",
      "14",
      "0",
      "0",
      "0",
      null,
    ]);
    expect(dueExpiryStage(null, "2026-12-01")).toBeNull();
  });

  it("sends each stage once, in order, whatever days the job runs", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 40 }), (offsets) => {
        const expires = "2027-03-01";
        const sent: string[] = [];
        for (const o of [...new Set(offsets)].sort((a, b) => a - b)) {
          const s = dueExpiryStage(expires, addDays(expires, o));
          if (s && !sent.includes(s)) sent.push(s);
        }
        const order = ["30", "14", "0"];
        expect(new Set(sent).size).toBe(sent.length);
        expect([...sent].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(sent);
      }),
    );
  });
});

describe("renewal", () => {
  it("is monthly, and covers what expired in the last 90 days or expires within 60", () => {
    expect(renewalStage("2026-12-03")).toBe("2026-12");
    expect(needsRenewal("2026-12-03", "2026-12-03")).toBe(true);
    expect(needsRenewal(addDays("2026-12-03", 60), "2026-12-03")).toBe(true);
    expect(needsRenewal(addDays("2026-12-03", 61), "2026-12-03")).toBe(false);
    expect(needsRenewal(addDays("2026-12-03", -91), "2026-12-03")).toBe(false);
    expect(needsRenewal(null, "2026-12-03")).toBe(false);
  });

  it("counts only each person's latest record of a course", () => {
    const r = (
      id: string,
      personId: string,
      courseId: string | null,
      completedOn: string,
      externalTitle: string | null = null,
    ) => ({
      id,
      personId,
      courseId,
      externalTitle,
      completedOn,
    });
    const ids = latestRecordIds([
      r("old", "p1", "c1", "2025-01-01"),
      r("new", "p1", "c1", "2026-01-01"),
      r("other", "p2", "c1", "2025-01-01"),
      r("ext-old", "p1", null, "2024-01-01", "First Aid"),
      r("ext-new", "p1", null, "2025-06-01", "first aid"),
    ]);
    expect([...ids].sort()).toEqual(["ext-new", "new", "other"]);
  });
});

describe("the reminder days form", () => {
  const parse = (first: string, second: string) =>
    roundRemindersFormSchema.safeParse({
      roundId: "r1",
      remindDaysBefore: first,
      remindAgainDaysBefore: second,
    });

  it("takes blank as none, and a second reminder closer to the close than the first", () => {
    expect(parse("", "").data).toEqual({ roundId: "r1", reminders: null });
    expect(parse("7", "2").data).toEqual({
      roundId: "r1",
      reminders: { firstDaysBefore: 7, secondDaysBefore: 2 },
    });
    expect(parse("7", "").data?.reminders).toEqual({ firstDaysBefore: 7, secondDaysBefore: null });
  });

  it("puts each problem beside its field", () => {
    expect(reminderFieldProblems({ remindDaysBefore: "", remindAgainDaysBefore: "2" })[0]?.path).toBe(
      "remindAgainDaysBefore",
    );
    expect(parse("3", "3").error?.issues[0]?.path).toEqual(["remindAgainDaysBefore"]);
    expect(parse("0", "").error?.issues[0]?.path).toEqual(["remindDaysBefore"]);
    expect(parse("61", "").error?.issues[0]?.message).toMatch(/between 1 and 60/);
    expect(parse("two", "").success).toBe(false);
  });

  it("counts whole days between London days", () => {
    expect(daysBetween("2026-03-28", "2026-03-31")).toBe(3);
    expect(daysBetween("2026-03-31", "2026-03-28")).toBe(-3);
  });
});
