// Gap analysis through data access: NAMED rounds give the lead and head the exact figures in full;
// CONFIDENTIAL rounds are published through lib/disclosure, only once closed, with small groups
// merged, and the response export shaped the same for every respondent.
import { describe, expect, it } from "vitest";
import { exportResponses } from "@/lib/assessment/csv-queries";
import { analyseGaps } from "@/lib/gaps/analysis";
import { gapReportCsv } from "@/lib/gaps/csv";
import { gapReport, gapReportCsvFor } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { getRoundProgress } from "@/lib/rounds/progress";
import { DAY, openTestRound, schoolCtx } from "./support/assessment-fixtures";
import { makeMember } from "./support/fixtures";
import { closeYesterday, schoolWithRound, submitRated, type Rated } from "./support/plan-fixtures";

const ROLES: JobRole[] = [
  "TEACHER",
  "TEACHER",
  "TEACHER",
  "TEACHING_ASSISTANT",
  "FORM_TUTOR",
  "FORM_TUTOR",
  "SENCO",
];

// The same respondents the queries build: response ids are internal, so compare by content.
const respondentsOf = (rated: Rated[]) =>
  rated.map((r, i) => ({
    id: `r${i}`,
    jobRole: r.jobRole,
    requiredTier: r.requiredTier,
    ratings: r.ratings,
  }));

const published = (report: Awaited<ReturnType<typeof gapReport>>) => {
  expect(report.publication).not.toBeNull();
  return report.publication!;
};

describe("gap report (NAMED round)", () => {
  it("gives the lead the exact figures in full, names each person's gaps, and exports full precision", async () => {
    const w = await schoolWithRound(ROLES);
    const rated = await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const expected = analyseGaps({
      competencies: w.competencies,
      respondents: respondentsOf(rated),
      targets: w.targets,
    });

    const report = await gapReport(w.lead, w.round.id);
    const pub = published(report);
    expect(report.withheldReason).toBeNull();
    expect(pub.mode).toBe("full");
    expect(report.respondents).toBe(ROLES.length);
    expect(pub.rows.map(({ withheld, ...row }) => (expect(withheld).toBe(false), row))).toEqual(
      expected.competencies,
    );
    // The one SENCO's Specialist coverage is shown: the lead sees each person's answers anyway.
    expect(pub.coverage.map(({ withheld, ...c }) => (expect(withheld).toBe(false), c))).toEqual(
      expected.tierCoverage.map((t) => ({ ...t })),
    );
    expect(new Set(pub.heatmap.map((c) => c.groupKey))).toEqual(
      new Set(["TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "SENCO"]),
    );
    expect(report.statements.find((s) => s.code === pub.rows[0]!.code)?.statement.length).toBeGreaterThan(10);
    expect(report.people).toHaveLength(ROLES.length);
    expect(report.people!.every((p) => p.gaps.every((g) => g.gap > 0))).toBe(true);

    const csv = await gapReportCsvFor(w.lead, w.round.id);
    expect(csv.text).toBe(gapReportCsv(pub.rows));
    expect(csv.text.split("\r\n")[0]).toBe(
      "competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap",
    );
  });

  it("shows the change since the previous closed round", async () => {
    const w = await schoolWithRound(ROLES.slice(0, 5), { opensAt: new Date(Date.now() - 20 * DAY) });
    const before = await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    const next = await openTestRound(w.lead, { title: "Spring self-assessment" });
    const after = await submitRated(next, w.school.id, w.staff, w.competencies, (p, c) =>
      Math.min(4, ((p + c) % 5) + 1),
    );
    const a = (r: Rated[]) =>
      new Map(
        analyseGaps({
          competencies: w.competencies,
          respondents: respondentsOf(r),
          targets: w.targets,
        }).competencies.map((c) => [c.code, c]),
      );
    const [then, now] = [a(before), a(after)];

    const report = await gapReport(w.lead, next.id);
    expect(report.previous?.id).toBe(w.round.id);
    for (const change of report.previous!.changes) {
      const [b, n] = [then.get(change.code)!, now.get(change.code)!];
      const delta = n.needRate === null || b.needRate === null ? null : n.needRate - b.needRate;
      expect(change.needRateDelta).toBe(delta);
    }
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

// The school in small: six teachers, three assistants, two admin staff, five form tutors, a
// SENCO and a DSL (and the lead, asked but not answering).
const STORY: JobRole[] = [
  ...Array<JobRole>(6).fill("TEACHER"),
  ...Array<JobRole>(3).fill("TEACHING_ASSISTANT"),
  ...Array<JobRole>(2).fill("ADMIN"),
  ...Array<JobRole>(5).fill("FORM_TUTOR"),
  "SENCO",
  "DSL",
];

describe("gap report (CONFIDENTIAL round)", () => {
  it("publishes nothing while the round is open: each new submission would show as a difference", async () => {
    const w = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const report = await gapReport(w.lead, w.round.id);
    expect(report.withheldReason).toMatch(/once it has closed/);
    expect(report.publication).toBeNull();
    await expect(gapReportCsvFor(w.lead, w.round.id)).rejects.toMatchObject({ kind: "conflict" });
    await expect(exportResponses(w.lead, w.round.id)).rejects.toMatchObject({ kind: "conflict" });
    expect((await getRoundProgress(w.lead, w.round.id)).figuresWithheld).toMatch(/once it has closed/);
  });

  it("withholds everything below k respondents", async () => {
    const w = await schoolWithRound(ROLES.slice(0, 4), { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    const report = await gapReport(w.lead, w.round.id);
    expect(report.withheldReason).toMatch(/fewer than 5 people submitted/);
    expect(report.publication).toBeNull();
    await expect(gapReportCsvFor(w.lead, w.round.id)).rejects.toMatchObject({ kind: "conflict" });
  });

  it("merges small groups before counting, so every page and export rests on groups of at least k", async () => {
    const w = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    const head = schoolCtx((await makeMember(w.school.id, "HEAD", "SENIOR_LEADER")).id, w.school, "HEAD");
    for (const ctx of [w.lead, head]) {
      const report = await gapReport(ctx, w.round.id);
      const pub = published(report);
      expect(report.people).toBeNull();
      expect(pub.mode).toBe("controlled");
      // Two Specialist respondents are counted with the five Enhanced ones; job roles are never shown on their own.
      expect(pub.recoding.groups.map((g) => g.label)).toEqual([
        "Core staff",
        "Enhanced and Specialist staff",
      ]);
      const groupKeys = pub.recoding.groups.map((g) => g.key);
      expect(new Set(pub.heatmap.map((c) => c.groupKey))).toEqual(new Set(groupKeys));
      // Cells give a rounded percentage and no counts: a group's size is never published.
      expect(
        pub.heatmap.every((c) => Object.keys(c).sort().join() === "domainCode,groupKey,needRatePercent"),
      ).toBe(true);
      // Specialist statements rest on two people: not reported, listed last in code order, no figures.
      const t3 = pub.rows.filter((r) => r.tier === 3);
      expect(t3.length).toBeGreaterThan(0);
      expect(t3.every((r) => r.withheld && r.needRate === null && r.totalGap === 0)).toBe(true);
      expect(pub.rows.slice(-t3.length).map((r) => r.code)).toEqual(t3.map((r) => r.code).sort());
      expect(pub.coverage.find((c) => c.tier === 3)).toMatchObject({ withheld: true, people: 0 });
      expect(JSON.stringify(report)).not.toContain(w.staff[0]!.id);
    }
    const progress = await getRoundProgress(w.lead, w.round.id);
    expect(progress.figuresWithheld).toBeNull();
    // No group's size is published in a confidential round; tiers are, by band.
    expect(progress.progress.groups).toEqual([]);
    expect(progress.progress.bands.map((g) => [g.label, g.asked, g.submitted])).toEqual([
      ["Core staff", 12, 11], // the head (a senior leader) is asked too
      ["Enhanced and Specialist staff", 8, 7],
    ]);

    const csv = await gapReportCsvFor(w.lead, w.round.id);
    const t3Line = csv.text.split("\r\n").find((l) => l.split(",")[2] === "3");
    expect(t3Line).toMatch(/^[^,]+,[^,]+,3,,,,,$/);

    const exported = (await exportResponses(w.lead, w.round.id)).text
      .trim()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(","));
    const perRespondent = new Map<string, string[][]>();
    for (const line of exported) perRespondent.set(line[0]!, [...(perRespondent.get(line[0]!) ?? []), line]);
    expect(perRespondent.size).toBe(STORY.length);
    const shapes = new Set([...perRespondent.values()].map((lines) => lines.map((l) => l[2]).join(" ")));
    expect(shapes.size).toBe(1); // everyone the same lines, in the same order
    const tier3Codes = new Set(w.competencies.filter((c) => c.tier === 3).map((c) => c.code));
    expect(exported.some((l) => tier3Codes.has(l[2]!))).toBe(false);
    // Enhanced and Specialist respondents share a band: no tier is given for them.
    expect(new Set(exported.map((l) => l[1]))).toEqual(new Set(["1", ""]));
  });
});
