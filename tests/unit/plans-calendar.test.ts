// Calendar export dates: bank holidays in England and Wales by rule, the school's term dates, and
// never a past day, a weekend, a bank holiday or 1 January (issue 7: sessions on past dates and 1 January).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, bankHolidays, easterSunday, isBankHoliday, weekday } from "../../lib/plans/bank-holidays";
import { ENGLAND_TERMS, sessionDates, termDatesSchema, termWindow } from "../../lib/plans/calendar";

describe("bank holidays in England and Wales", () => {
  it("finds Easter Sunday", () => {
    expect(["2024", "2025", "2026", "2027", "2030"].map((y) => easterSunday(Number(y)))).toEqual([
      "2024-03-31",
      "2025-04-20",
      "2026-04-05",
      "2027-03-28",
      "2030-04-21",
    ]);
  });
  it("matches the published lists, substitute days and one-off days included", () => {
    expect(bankHolidays(2022)).toEqual([
      "2022-01-03",
      "2022-04-15",
      "2022-04-18",
      "2022-05-02",
      "2022-06-02",
      "2022-06-03",
      "2022-08-29",
      "2022-09-19",
      "2022-12-26",
      "2022-12-27",
    ]);
    expect(bankHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-04",
      "2026-05-25",
      "2026-08-31",
      "2026-12-25",
      "2026-12-28",
    ]);
    expect(bankHolidays(2027)).toEqual([
      "2027-01-01",
      "2027-03-26",
      "2027-03-29",
      "2027-05-03",
      "2027-05-31",
      "2027-08-30",
      "2027-12-27",
      "2027-12-28",
    ]);
    expect(bankHolidays(2020)).toContain("2020-05-08");
    expect(bankHolidays(2023)).toContain("2023-05-08");
  });
  it("never puts a bank holiday at a weekend", () => {
    for (let y = 2000; y <= 2040; y++)
      for (const d of bankHolidays(y)) expect([0, 6]).not.toContain(weekday(d));
  });
});

describe("session dates", () => {
  const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => addDays("2025-01-01", n));
  it("are never past, never a weekend, a bank holiday or 1 January, and within or after their term", () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom("autumn", "spring", "summer") as fc.Arbitrary<"autumn" | "spring" | "summer">,
        fc.integer({ min: 1, max: 6 }),
        (today, term, count) => {
          const dates = sessionDates(ENGLAND_TERMS, term, count, today);
          expect(dates).toHaveLength(count);
          for (const d of dates) {
            expect(d >= today).toBe(true);
            expect([0, 6]).not.toContain(weekday(d));
            expect(isBankHoliday(d)).toBe(false);
            expect(d.endsWith("-01-01")).toBe(false);
          }
          expect([...dates].sort()).toEqual(dates);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("uses the school's term dates, and moves a term already over to next year", () => {
    const terms = { ...ENGLAND_TERMS, spring: { month: 1, day: 7 } };
    // Asked on 22 November 2026: spring 2027 starts Thursday 7 January.
    expect(sessionDates(terms, "spring", 2, "2026-11-22")).toEqual(["2027-01-07", "2027-01-14"]);
    // Autumn has started: from today, not the past start. 1 January 2027 is never used.
    expect(sessionDates(terms, "autumn", 1, "2026-11-23")).toEqual(["2026-11-23"]);
    // Summer 2026 ended in July: asked in August, the next summer term.
    expect(sessionDates(terms, "summer", 1, "2026-08-10")).toEqual(["2027-04-15"]);
    expect(termWindow(terms, "summer", 2026)).toEqual({ from: "2027-04-15", to: "2027-07-22" });
  });
  it("the settings form refuses impossible dates", () => {
    expect(termDatesSchema.safeParse({ ...ENGLAND_TERMS, spring: { month: 2, day: 30 } }).success).toBe(
      false,
    );
    expect(termDatesSchema.safeParse({ ...ENGLAND_TERMS, summer: { month: 1, day: 2 } }).success).toBe(false);
    expect(termDatesSchema.safeParse(ENGLAND_TERMS).success).toBe(true);
  });
});
