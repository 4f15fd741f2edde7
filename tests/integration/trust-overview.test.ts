// The trust overview and heatmap through data access: trust figures equal the per-school figures they
// come from (the school's own controlled gap report, and what its head sees of the trust's view),
// trust figures pool people over schools, and a leader of trust A sees nothing of trust B.
import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { adoptFramework, getFramework } from "@/lib/framework/queries";
import { gapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import type { TrustContext } from "@/lib/tenancy/context";
import { schoolAsTrustSees, trustFacts, trustSchoolFacts, trustViews } from "@/lib/trust/figures";
import { overviewCsv } from "@/lib/trust/csv";
import { openTestRound, schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeMember, makeTrust, makeTrustLeader } from "./support/fixtures";
import { closeYesterday, submitRated } from "./support/plan-fixtures";

// 8 Core staff, 5 Enhanced, 1 Specialist: bands "Core" and "Enhanced and Specialist".
const ROLES: JobRole[] = [
  ...Array<JobRole>(8).fill("TEACHER"),
  ...Array<JobRole>(5).fill("FORM_TUTOR"),
  "SENCO",
];

async function trustWithSchools(n: number) {
  const trust = await makeTrust();
  const leader = await makeTrustLeader(trust.id);
  const ctx: TrustContext = {
    kind: "trust",
    personId: leader.id,
    trustId: trust.id,
    trustName: trust.name,
    role: "TRUST_LEADER",
  };
  const schools = [];
  for (let i = 0; i < n; i++) {
    const w = await schoolWithStaff(ROLES, { trustId: trust.id });
    await adoptFramework(w.lead);
    const { content } = await getFramework(w.lead);
    const competencies = content.competencies
      .filter((c) => !c.retired)
      .map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier }));
    const round = await openTestRound(w.lead, { mode: "CONFIDENTIAL", title: `Round ${i}` });
    await submitRated(round, w.school.id, w.staff, competencies, (p, c) => (p * (i + 2) + c * 3) % 5);
    await closeYesterday(round.id);
    const head = await makeMember(w.school.id, "HEAD", "SENIOR_LEADER");
    schools.push({ ...w, round, head: schoolCtx(head.id, w.school, "HEAD") });
  }
  return { trust, ctx, schools };
}

describe("trust figures", () => {
  it("equal the per-school figures they come from, and pool people over schools", async () => {
    const { ctx, schools } = await trustWithSchools(2);
    const views = await trustViews(ctx);
    expect(views.overview.rows.map((r) => r.name).sort()).toEqual(schools.map((s) => s.school.name).sort());
    let corePeople = 0;
    let coreCovered = 0;
    for (const w of schools) {
      const report = await gapReport(w.lead, w.round.id);
      const pub = report.publication!;
      expect(pub.mode).toBe("controlled");
      const { school } = await trustSchoolFacts(ctx, w.school.id);
      const seenByHead = await schoolAsTrustSees(w.head);
      // The head sees exactly what the trust sees of their school.
      expect(seenByHead!.school).toEqual(school);
      const { publishRollup } = await import("@/lib/disclosure");
      const trustPub = publishRollup(school.rounds[0]!.rollup!);
      const shown = <
        R extends { withheld: boolean; code: string; inScope: number; withGap: number; totalGap: number },
      >(
        rows: R[],
      ) => rows.filter((r) => !r.withheld).map((r) => [r.code, r.inScope, r.withGap, r.totalGap]);
      expect(shown(trustPub.rows)).toEqual(shown(pub.rows));
      expect(shown(trustPub.rows).length).toBeGreaterThan(0);
      expect(trustPub.rows.filter((r) => r.withheld).map((r) => r.code)).toEqual(
        pub.rows.filter((r) => r.withheld && r.tier === 3).map((r) => r.code),
      );
      const row = views.overview.rows.find((r) => r.schoolId === w.school.id)!;
      const core = pub.coverage.find((c) => c.tier === 1)!;
      expect(row.core.share).toBe(core.share);
      corePeople += core.people;
      coreCovered += core.covered;
      expect(row.latestRound).toMatchObject({ asked: ROLES.length + 2, submitted: ROLES.length });
      expect(row.topNeeds).toEqual(
        pub.rows
          .filter((r) => !r.withheld && r.totalGap > 0)
          .slice(0, 3)
          .map((r) => report.statements.find((s) => s.code === r.code)!.statement),
      );
    }
    // Pooled over people, not an average of the schools' shares.
    expect(views.overview.trust.core).toMatchObject({
      people: corePeople,
      covered: coreCovered,
      schools: 2,
    });
    expect(views.overview.trust.submitted).toBe(2 * ROLES.length);
    // The heatmap's trust row pools each domain's published counts over both schools.
    for (const t of views.heatmap.trust) {
      expect(t.schools).toBe(2);
      expect(t.rate).toBeCloseTo(t.withGap / t.inScope, 12);
    }
    const csv = overviewCsv(views.overview.rows, views.overview.trust);
    expect(csv.split("\r\n")[0]).toMatch(/^school,urn,phase,staff,has_lead/);
  });
});

describe("cross-tenant", () => {
  it("a leader of trust A sees nothing of trust B, in data access and underneath in Postgres", async () => {
    const a = await trustWithSchools(1);
    const b = await trustWithSchools(1);
    const facts = await trustFacts(a.ctx);
    expect(facts.schools.map((s) => s.id)).toEqual([a.schools[0]!.school.id]);
    await expect(trustSchoolFacts(a.ctx, b.schools[0]!.school.id)).rejects.toMatchObject({
      kind: "not_found",
    });
    // Row-level security: trust A's transaction reads none of B's rounds or rollups, and writes no targets for B.
    await withScope({ personId: a.ctx.personId, trustId: a.ctx.trustId }, async (tx) => {
      const bSchool = b.schools[0]!.school.id;
      expect(await tx.round.count({ where: { schoolId: bSchool } })).toBe(0);
      expect(await tx.roundCompetencyRollup.count({ where: { schoolId: bSchool } })).toBe(0);
      expect(await tx.roundTierRollup.count({ where: { schoolId: bSchool } })).toBe(0);
      expect(await tx.roundSummary.count({ where: { schoolId: bSchool } })).toBe(0);
      expect(await tx.roundCompetencyRollup.count()).toBeGreaterThan(0);
      // Nor any response or answer of its own schools: only counts.
      expect(await tx.response.count()).toBe(0);
      expect(await tx.answer.count()).toBe(0);
    });
    await expect(
      withScope({ trustId: a.ctx.trustId }, (tx) =>
        tx.trustTargets.create({ data: { trustId: b.ctx.trustId, corePercent: 1, enhancedPercent: 1 } }),
      ),
    ).rejects.toThrow(/row-level security/);
    // A school in trust A reads its own rollups only.
    await withScope({ schoolId: a.schools[0]!.school.id }, async (tx) => {
      expect(await tx.roundCompetencyRollup.count({ where: { schoolId: b.schools[0]!.school.id } })).toBe(0);
    });
  });

  it("a school with no trust: its head is told no one outside sees its figures", async () => {
    const w = await schoolWithStaff(["TEACHER"]);
    const head = await makeMember(w.school.id, "HEAD", "SENIOR_LEADER");
    expect(await schoolAsTrustSees(schoolCtx(head.id, w.school, "HEAD"))).toBeNull();
  });
});
