// Summary returns to the local authority (decision 0037): the snapshot equals the school's published
// figures; an authority sees only the returns sent to it (data access and Postgres underneath); area
// figures pool people over the returns' published figures; withdrawing and sending again.
import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { homeFacts } from "@/lib/home/queries";
import { publishRollup, type RollupPublication } from "@/lib/disclosure";
import { gapReport } from "@/lib/gaps/queries";
import { SCHOOL_PHASE_LABELS } from "@/lib/people/labels";
import { areaNeeds, areaTable } from "@/lib/returns/area";
import { areaCsv, returnsCsv } from "@/lib/returns/csv";
import { authorityReturns, schoolReturns, submitReturn, withdrawReturn } from "@/lib/returns/queries";
import { openTestRound } from "./support/assessment-fixtures";
import { makeAuthority, schoolInArea, trustCtx } from "./support/authority-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";

const phase = (p: keyof typeof SCHOOL_PHASE_LABELS) => SCHOOL_PHASE_LABELS[p];
const shown = (pub: {
  rows: { withheld: boolean; code: string; inScope: number; withGap: number; totalGap: number }[];
}) => pub.rows.filter((r) => !r.withheld).map((r) => [r.code, r.inScope, r.withGap, r.totalGap]);

describe("a summary return", () => {
  it("is a snapshot of exactly what the school's controlled report publishes", async () => {
    const la = await makeAuthority();
    const w = await schoolInArea(la.laCode, { district: "Riverside North" });
    const sent = await submitReturn(w.lead, w.round.id);
    expect(sent.authorityName).toBe(la.trust.name);
    const [received] = await authorityReturns(la.ctx);
    expect(received).toMatchObject({
      schoolId: w.school.id,
      district: "Riverside North",
      roundTitle: "Autumn round",
    });
    // The school's own controlled report (the disclosure core over raw answers) publishes the same.
    const report = await gapReport(w.lead, w.round.id);
    const pub = report.publication!;
    expect(pub.mode).toBe("controlled");
    expect(shown(received!.figures)).toEqual(shown(pub));
    expect(shown(received!.figures).length).toBeGreaterThan(0);
    // Withheld rows carry no figures in the snapshot.
    for (const r of received!.figures.rows.filter((x) => x.withheld)) {
      expect([r.inScope, r.withGap, r.totalGap, r.needRate]).toEqual([0, 0, 0, null]);
    }
    // And it is exactly publishRollup over the round's rollups, as stored.
    const competencies = await ownerDb().roundCompetencyRollup.findMany({ where: { roundId: w.round.id } });
    const tiers = await ownerDb().roundTierRollup.findMany({ where: { roundId: w.round.id } });
    const fresh = publishRollup({
      k: 5,
      competencies: competencies.map((c) => ({ ...c, code: c.competencyCode, tier: c.tier as 1 | 2 | 3 })),
      tiers: tiers.map((t) => ({ ...t, tier: t.tier as 1 | 2 | 3 })),
    });
    expect(received!.figures).toEqual(fresh);
    expect(received!.submitted).toBe(14);
    // The school's page shows the snapshot as sent.
    const mine = await schoolReturns(w.lead);
    expect(mine.rounds[0]).toMatchObject({ id: w.round.id, figures: received!.figures });
    expect(mine.rounds[0]!.sentAt).not.toBeNull();
    const audit = await ownerDb().auditEvent.findMany({
      where: { schoolId: w.school.id, action: { startsWith: "summary-return" } },
    });
    expect(audit.map((a) => a.action)).toEqual(["summary-return.submitted"]);
  });

  it("stays as sent until the school sends it again, and withdrawing removes it from the authority", async () => {
    const la = await makeAuthority();
    const w = await schoolInArea(la.laCode);
    await submitReturn(w.head, w.round.id);
    const before = (await authorityReturns(la.ctx))[0]!;
    // A response removed after sending changes the rollups, not the snapshot.
    const one = await ownerDb().response.findFirstOrThrow({
      where: { roundId: w.round.id, status: "SUBMITTED" },
    });
    await ownerDb().response.delete({ where: { id: one.id } });
    expect((await authorityReturns(la.ctx))[0]!.figures).toEqual(before.figures);
    await submitReturn(w.lead, w.round.id);
    const again = await authorityReturns(la.ctx);
    expect(again).toHaveLength(1);
    expect(again[0]!.figures.respondents).toBe(before.figures.respondents - 1);
    await withdrawReturn(w.lead, w.round.id);
    expect(await authorityReturns(la.ctx)).toEqual([]);
    const actions = await ownerDb().auditEvent.findMany({
      where: { schoolId: w.school.id, action: { startsWith: "summary-return" } },
      orderBy: { at: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "summary-return.submitted",
      "summary-return.resubmitted",
      "summary-return.withdrawn",
    ]);
  });

  it("is refused for an open round, and when Harbour has no authority for the school", async () => {
    const la = await makeAuthority();
    const w = await schoolInArea(la.laCode);
    const open = await openTestRound(w.lead, { mode: "CONFIDENTIAL", title: "Spring" });
    await expect(submitReturn(w.lead, open.id)).rejects.toMatchObject({ kind: "conflict" });
    const nowhere = await schoolInArea("NO-SUCH-LA");
    await expect(submitReturn(nowhere.lead, nowhere.round.id)).rejects.toMatchObject({
      kind: "conflict",
      message: expect.stringMatching(/does not have your local authority/),
    });
    expect((await schoolReturns(nowhere.lead)).authority).toBeNull();
    // Another school's round is not found.
    await expect(submitReturn(w.lead, nowhere.round.id)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("cross-tenant", () => {
  it("an authority sees only the returns sent to it, in data access and in Postgres", async () => {
    const a = await makeAuthority();
    const b = await makeAuthority();
    const sentA = await schoolInArea(a.laCode);
    const notSent = await schoolInArea(a.laCode);
    const sentB = await schoolInArea(b.laCode);
    await submitReturn(sentA.lead, sentA.round.id);
    await submitReturn(sentB.lead, sentB.round.id);
    expect((await authorityReturns(a.ctx)).map((r) => r.schoolId)).toEqual([sentA.school.id]);
    expect((await authorityReturns(b.ctx)).map((r) => r.schoolId)).toEqual([sentB.school.id]);
    // Underneath: a's scope reads no return but its own, however the query is written.
    const raw = await withScope({ personId: a.leader.id, trustId: a.trust.id }, (tx) =>
      tx.summaryReturn.findMany(),
    );
    expect(raw.map((r) => r.schoolId)).toEqual([sentA.school.id]);
    // An authority reads no school's rollups, rounds or responses (returns are all it gets).
    const leaks = await withScope({ personId: a.leader.id, trustId: a.trust.id }, async (tx) => [
      await tx.roundCompetencyRollup.count({ where: { schoolId: notSent.school.id } }),
      await tx.response.count({ where: { schoolId: notSent.school.id } }),
      await tx.round.count({ where: { schoolId: notSent.school.id } }),
    ]);
    expect(leaks).toEqual([0, 0, 0]);
    // A school cannot address a return to an authority that is not its own, even writing directly.
    await expect(
      withScope({ personId: notSent.lead.personId, schoolId: notSent.school.id }, (tx) =>
        tx.summaryReturn.create({
          data: {
            schoolId: notSent.school.id,
            authorityId: b.trust.id,
            roundId: notSent.round.id,
            schoolName: "x",
            urn: notSent.school.urn,
            phase: "PRIMARY",
            roundTitle: "x",
            closedOn: new Date(),
            asked: 0,
            submitted: 0,
            figures: {},
            submittedById: notSent.lead.personId,
          },
        }),
      ),
    ).rejects.toThrow();
    // Nor write one for another school.
    await expect(
      withScope({ personId: notSent.lead.personId, schoolId: notSent.school.id }, (tx) =>
        tx.summaryReturn.updateMany({ where: { schoolId: sentA.school.id }, data: { asked: 99 } }),
      ),
    ).resolves.toMatchObject({ count: 0 });
    // A multi-academy trust has no returns page: not found.
    const mat = await makeTrust();
    const matLeader = await makeTrustLeader(mat.id);
    await expect(authorityReturns(trustCtx(matLeader.id, mat))).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("area figures", () => {
  it("pool people over the returns' published figures, by phase and by district", async () => {
    const la = await makeAuthority();
    const p1 = await schoolInArea(la.laCode, { phase: "PRIMARY", district: "North", seed: 2 });
    const p2 = await schoolInArea(la.laCode, { phase: "PRIMARY", district: "South", seed: 3 });
    const s1 = await schoolInArea(la.laCode, { phase: "SECONDARY", district: "North", seed: 4 });
    for (const w of [p1, p2, s1]) await submitReturn(w.lead, w.round.id);
    const returns = await authorityReturns(la.ctx);
    const figuresOf = (id: string) => returns.find((r) => r.schoolId === id)!.figures;
    const byPhase = areaTable(returns, "phase", phase);
    expect(byPhase.groups.map((g) => [g.label, g.schools])).toEqual([
      ["Primary", 2],
      ["Secondary", 1],
    ]);
    const sumDomain = (pubs: RollupPublication[], code: string) =>
      pubs.reduce(
        (acc, p) => {
          const d = p.domains.find((x) => x.domainCode === code);
          return d ? { inScope: acc.inScope + d.inScope, withGap: acc.withGap + d.withGap } : acc;
        },
        { inScope: 0, withGap: 0 },
      );
    for (const d of byPhase.domains) {
      const primary = sumDomain([figuresOf(p1.school.id), figuresOf(p2.school.id)], d.code);
      expect(byPhase.groups[0]!.cells[d.code]).toMatchObject({ ...primary, withheld: false });
      expect(byPhase.groups[0]!.cells[d.code]!.rate).toBeCloseTo(primary.withGap / primary.inScope, 12);
      const all = sumDomain(
        returns.map((r) => r.figures),
        d.code,
      );
      expect(byPhase.area.cells[d.code]).toMatchObject({ ...all, schools: 3 });
    }
    const byDistrict = areaTable(returns, "district", phase);
    expect(byDistrict.groups.map((g) => [g.label, g.schools])).toEqual([
      ["North", 2],
      ["South", 1],
    ]);
    // No withheld statement of any school is inside an area figure.
    const top = areaNeeds(returns);
    expect(top.length).toBeGreaterThan(0);
    for (const n of top) {
      const parts = returns.flatMap((r) => r.figures.rows.filter((x) => x.code === n.code && !x.withheld));
      expect(n.inScope).toBe(parts.reduce((s, x) => s + x.inScope, 0));
      expect(n.schools).toBe(parts.length);
    }
    expect(returnsCsv(returns).split("\r\n")[0]).toMatch(/^school,urn,phase,district,round/);
    expect(areaCsv(byDistrict).split("\r\n").length).toBeGreaterThan(byDistrict.domains.length);
  });
});

describe("the home page's next step for a summary return", () => {
  it("points at the newest closed round not yet sent, and goes once it is sent", async () => {
    const la = await makeAuthority();
    const w = await schoolInArea(la.laCode);
    const step = async () => (await homeFacts(w.lead)).unsentReturn;
    expect(await step()).toEqual({
      roundId: w.round.id,
      title: "Autumn round",
      authorityName: la.trust.name,
    });
    await submitReturn(w.lead, w.round.id);
    expect(await step()).toBeNull();
  });
});
