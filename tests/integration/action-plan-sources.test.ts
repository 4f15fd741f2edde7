// The action plan drafts from the lead's own development and measures "a review done this term"
// from the whole-school review: the sources wired in from the features that own them.
import { describe, expect, it } from "vitest";
import { schoolPlanView } from "@/lib/action-plan/queries";
import { LEAD_STATEMENT_KEYS } from "@/lib/lead-development/areas";
import { saveOwnAssessment } from "@/lib/lead-development/queries";
import { saveLeadAssessmentSchema } from "@/lib/lead-development/rules";
import { termStartOf } from "@/lib/plans/calendar";
import { planWorld } from "./support/action-plan-fixtures";

const today = "2026-12-03";
const ratings = (rating: number, except: Record<string, number>) =>
  saveLeadAssessmentSchema.parse({
    ratings: Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, String(except[k] ?? rating)])),
  });

describe("the action plan's other sources", () => {
  it("suggests from the lead's own gaps once they have assessed themselves, and only then", async () => {
    const w = await planWorld();
    const before = await schoolPlanView(w.lead, { today });
    expect(before.suggestions.filter((s) => s.source === "lead")).toEqual([]);
    await saveOwnAssessment(w.lead, ratings(3, { [LEAD_STATEMENT_KEYS[0]!]: 0 }));
    const after = await schoolPlanView(w.lead, { today });
    expect(after.suggestions.filter((s) => s.source === "lead").length).toBeGreaterThan(0);
    // The head reads the plan but never the lead's private gaps.
    const asHead = await schoolPlanView(w.head, { today });
    expect(asHead.suggestions.filter((s) => s.source === "lead")).toEqual([]);
  });

  it("counts the term from the school's own term dates", () => {
    expect(termStartOf("2026-12-03")).toMatch(/^2026-09-0\d$/);
    expect(termStartOf("2027-02-10")).toMatch(/^2027-01-0\d$/);
    expect(termStartOf("2027-08-10")).toMatch(/^2027-04-\d\d$/);
  });
});
