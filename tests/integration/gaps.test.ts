// Gap analysis through data access: the figures are the pure core's on the stored responses, small
// numbers are withheld, and individuals appear only in NAMED rounds.
import { describe, expect, it } from "vitest";
import { analyseGaps, compareRounds, gapReportCsv } from "@/lib/gaps/analysis";
import { gapReport, gapReportCsvFor } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { DAY, openTestRound, schoolCtx } from "./support/assessment-fixtures";
import { makeMember } from "./support/fixtures";
import { closeYesterday, schoolWithRound, submitRated, type Rated } from "./support/plan-fixtures";

const ROLES: JobRole[] = ["TEACHER", "TEACHER", "TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "FORM_TUTOR", "SENCO"];

// The same respondents the queries build: response ids are internal, so compare by content.
const respondentsOf = (rated: Rated[]) =>
  rated.map((r, i) => ({ id: `r${i}`, jobRole: r.jobRole, requiredTier: r.requiredTier, ratings: r.ratings }));

describe("gap report (NAMED round)", () => {
  it("matches the pure core, names each person's gaps, and exports full precision", async () => {
    const w = await schoolWithRound(ROLES);
    const rated = await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const expected = analyseGaps({ competencies: w.competencies, respondents: respondentsOf(rated), targets: w.targets, k: 5 });

    const report = await gapReport(w.lead, w.round.id);
    expect(report.withheldReason).toBeNull();
    expect(report.respondents).toBe(ROLES.length);
    expect(report.rows.map(({ withheld, ...row }) => (expect(withheld).toBe(false), row))).toEqual(expected.competencies);
    expect(report.heatmap).toEqual(expected.heatmap);
    expect(report.coverage.map((c) => ({ tier: c.tier, people: c.people, covered: c.covered, share: c.share }))).toEqual(expected.tierCoverage);
    expect(report.coverage.find((c) => c.tier === 3)).toMatchObject({ people: 1, withheld: true });
    expect(report.people).toHaveLength(ROLES.length);
    expect(report.people!.every((p) => p.gaps.every((g) => g.gap > 0))).toBe(true);

    const csv = await gapReportCsvFor(w.lead, w.round.id);
    expect(csv.text).toBe(gapReportCsv(expected));
    expect(csv.text.split("\r\n")[0]).toBe("competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap");
  });

  it("shows the change since the previous closed round", async () => {
    const w = await schoolWithRound(ROLES.slice(0, 5), { opensAt: new Date(Date.now() - 20 * DAY) });
    const before = await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    const next = await openTestRound(w.lead, { title: "Spring self-assessment" });
    const after = await submitRated(next, w.school.id, w.staff, w.competencies, (p, c) => Math.min(4, ((p + c) % 5) + 1));
    const a = (r: Rated[]) => analyseGaps({ competencies: w.competencies, respondents: respondentsOf(r), targets: w.targets });

    const report = await gapReport(w.lead, next.id);
    expect(report.previous?.id).toBe(w.round.id);
    expect(report.previous?.changes).toEqual(compareRounds(a(after), a(before)));
  });

  it("is for leaders only: staff are refused", async () => {
    const w = await schoolWithRound(["TEACHER"]);
    await expect(gapReport(w.staff[0]!.ctx, w.round.id)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(gapReportCsvFor(w.staff[0]!.ctx, w.round.id)).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("treats another school's round as not found", async () => {
    const w = await schoolWithRound(["TEACHER"]);
    const other = await schoolWithRound(["TEACHER"]);
    await expect(gapReport(w.lead, other.round.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("gap report (CONFIDENTIAL round)", () => {
  it("withholds the whole report below k respondents, and the export with it", async () => {
    const w = await schoolWithRound(ROLES.slice(0, 4), { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const report = await gapReport(w.lead, w.round.id);
    expect(report.withheldReason).toMatch(/fewer than 5 people have submitted/);
    expect(report.rows).toEqual([]);
    expect(report.heatmap).toEqual([]);
    expect(report.people).toBeNull();
    await expect(gapReportCsvFor(w.lead, w.round.id)).rejects.toMatchObject({ kind: "conflict" });
  });

  it("never gives person gaps, and withholds rows and cells resting on fewer than k", async () => {
    const w = await schoolWithRound(ROLES, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const head = schoolCtx((await makeMember(w.school.id, "HEAD", "SENIOR_LEADER")).id, w.school, "HEAD");
    for (const ctx of [w.lead, head]) {
      const report = await gapReport(ctx, w.round.id);
      expect(report.people).toBeNull();
      expect(report.withheldReason).toBeNull();
      // Tier 3 rests on the one SENCO (in scope for 1 person): withheld on the page and blank in the CSV.
      const t3 = report.rows.filter((r) => r.tier === 3);
      expect(t3.length).toBeGreaterThan(0);
      expect(t3.every((r) => r.withheld)).toBe(true);
      expect(report.rows.filter((r) => r.tier === 1).every((r) => !r.withheld)).toBe(true);
      expect(report.heatmap.filter((c) => c.respondents < 5).every((c) => c.withheld && c.needRate === null)).toBe(true);
      expect(JSON.stringify(report)).not.toContain(w.staff[0]!.id);
    }
    const csv = await gapReportCsvFor(w.lead, w.round.id);
    const t3Line = csv.text.split("\r\n").find((l) => /,3,/.test(l));
    expect(t3Line).toMatch(/^[^,]+,[^,]+,3,,,,,$/);
  });
});
