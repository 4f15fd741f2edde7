import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatMoney, formatPercent } from "@/lib/format";

// The server may run in any zone: prove London is used whatever the process's own zone is.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  process.env.TZ = zone;
});

describe("formatDate", () => {
  it("writes a day the British way, with the weekday when asked", () => {
    expect(formatDate(new Date("2026-12-05T10:00:00Z"))).toBe("5 December 2026");
    expect(formatDate(new Date("2026-12-05T10:00:00Z"), { weekday: true })).toBe("Saturday 5 December 2026");
  });

  it("uses London's calendar day in summer time (BST), not UTC's or the server's", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatDate(new Date("2026-06-30T23:30:00Z"))).toBe("1 July 2026");
    // The same clock time in winter (GMT) stays on the same day.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("31 December 2026");
  });

  it("reads a calendar day (YYYY-MM-DD) as that day, in summer and winter", () => {
    expect(formatDate("2026-03-14")).toBe("14 March 2026");
    expect(formatDate("2026-07-01")).toBe("1 July 2026");
    // A Postgres date arrives as midnight UTC: still the same day in London.
    expect(formatDate(new Date("2026-07-01T00:00:00Z"))).toBe("1 July 2026");
  });
});

describe("formatDateTime", () => {
  it("follows the clocks across the spring change (GMT to BST, 29 March 2026 at 01:00 UTC)", () => {
    expect(formatDateTime(new Date("2026-03-29T00:30:00Z"))).toBe("29 Mar 2026, 00:30");
    expect(formatDateTime(new Date("2026-03-29T01:30:00Z"))).toBe("29 Mar 2026, 02:30");
  });

  it("follows the clocks across the autumn change (BST to GMT, 25 October 2026 at 01:00 UTC)", () => {
    expect(formatDateTime(new Date("2026-10-25T00:30:00Z"))).toBe("25 Oct 2026, 01:30");
    expect(formatDateTime(new Date("2026-10-25T01:30:00Z"))).toBe("25 Oct 2026, 01:30");
    expect(formatDateTime(new Date("2026-10-25T14:05:00Z"))).toBe("25 Oct 2026, 14:05");
  });
});

describe("formatMoney", () => {
  it("writes pence as pounds, with pence only when there are some", () => {
    expect(formatMoney(0)).toBe("£0");
    expect(formatMoney(45000)).toBe("£450");
    expect(formatMoney(117_100)).toBe("£1,171");
    expect(formatMoney(300_000_000)).toBe("£3,000,000");
    expect(formatMoney(1235)).toBe("£12.35");
    expect(formatMoney(1250)).toBe("£12.50");
  });

  it("rounds an average to the nearest penny", () => {
    expect(formatMoney(1234.6)).toBe("£12.35");
    expect(formatMoney(99.6)).toBe("£1");
  });
});

describe("formatPercent", () => {
  it("writes a share as a whole percentage, and a dash when there is none", () => {
    expect(formatPercent(0.424)).toBe("42%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(null)).toBe("–");
  });
});
