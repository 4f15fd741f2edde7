// The overview's pages of schools (decision 0047): sorted and filtered over every school, then cut to
// a page; a page past the end shows the last one; every school is on exactly one page.
import { describe, expect, it } from "vitest";
import { NO_STATUS } from "@/lib/trust/status";
import {
  buildOverview,
  DEFAULT_TARGETS,
  overviewPage,
  overviewQuery,
  SCHOOLS_PAGE_SIZE,
  type SchoolFact,
} from "@/lib/trust/overview";

const school = (i: number): SchoolFact => ({
  id: `s${String(i).padStart(3, "0")}`,
  name: `School ${String(i).padStart(3, "0")}`,
  urn: String(100000 + i),
  phase: i % 3 === 0 ? "SECONDARY" : "PRIMARY",
  staffCount: (i * 37) % 101,
  hasLead: true,
  k: 5,
  groupIds: [],
  status: NO_STATUS,
  rounds: [],
});
const rows = buildOverview(
  Array.from({ length: 60 }, (_, i) => school(i)),
  DEFAULT_TARGETS,
  "2026-12-07",
).rows;

describe("overview pages", () => {
  it("sorts all the schools, then gives the page asked for", () => {
    const q = overviewQuery({ sort: "staff", dir: "desc" });
    const pages = [1, 2, 3].map((n) => overviewPage(rows, q, n));
    expect(pages.map((p) => p.rows.length)).toEqual([SCHOOLS_PAGE_SIZE, SCHOOLS_PAGE_SIZE, 10]);
    expect(pages[0]!.page).toMatchObject({ page: 1, pages: 3, total: 60, first: 1, last: 25 });
    const staff = pages.flatMap((p) => p.rows.map((r) => r.staffCount));
    expect(staff).toEqual([...rows.map((r) => r.staffCount)].sort((a, b) => b - a));
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.schoolId))).size).toBe(60);
    // Past the end, or not a number: the last page, or the first.
    expect(overviewPage(rows, q, 9).page.page).toBe(3);
    expect(overviewPage(rows, q, NaN).page.page).toBe(1);
  });

  it("pages the schools of the chosen phase only", () => {
    const q = overviewQuery({ phase: "SECONDARY" });
    const { rows: shown, page } = overviewPage(rows, q, 1);
    expect(page).toMatchObject({ pages: 1, total: 20 });
    expect(shown.every((r) => r.phase === "SECONDARY")).toBe(true);
  });
});
