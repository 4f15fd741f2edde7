// A plan from a CONFIDENTIAL round is published about that round too: it waits for the close, names
// tier bands (never a lone DSL), and plans nothing from statements the report withholds.
import { beforeAll, describe, expect, it } from "vitest";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { generatePlan, getPlanView } from "@/lib/plans/queries";
import { generatePlanSchema } from "@/lib/plans/schemas";
import { ownerDb } from "./support/fixtures";
import { closeYesterday, ensureCatalogue, schoolWithRound, submitRated } from "./support/plan-fixtures";

const STORY: JobRole[] = [
  ...Array<JobRole>(6).fill("TEACHER"),
  ...Array<JobRole>(5).fill("FORM_TUTOR"),
  "SENCO",
  "DSL",
];
const limits = (roundId: string) =>
  generatePlanSchema.parse({ roundId, budgetPounds: 3000, hoursPerPersonPerYear: 8, inSchoolSessions: 2 });

beforeAll(ensureCatalogue, 60_000);

describe("plans from a CONFIDENTIAL round", () => {
  it("are refused while the round is open", async () => {
    const w = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await expect(generatePlan(w.lead, limits(w.round.id))).rejects.toMatchObject({ kind: "conflict" });
  });

  it("book tier bands only, and close no gap on a withheld statement", async () => {
    const w = await schoolWithRound(STORY, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    const out = await generatePlan(w.lead, limits(w.round.id));
    const view = await getPlanView(w.lead, out.planId);
    expect(view.items.length).toBeGreaterThan(0);
    const items = await ownerDb().planItem.findMany({
      where: { planVersionId: out.versionId },
      include: { attendees: true },
    });
    const groups = new Set(items.flatMap((i) => i.attendees.map((a) => a.groupKey!.replace(/#\d+$/, ""))));
    // Two Specialist respondents are counted with the five Enhanced ones, never on their own.
    expect([...groups].every((g) => ["Core staff", "Enhanced and Specialist staff"].includes(g))).toBe(true);
    const specialist = new Set(w.competencies.filter((c) => c.tier === 3).map((c) => c.code));
    const closes = view.items.flatMap((i) => i.closes);
    expect(closes.length).toBeGreaterThan(0);
    expect(closes.some((c) => specialist.has(c.competencyCode))).toBe(false);
  });
});
