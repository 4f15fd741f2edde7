// The gap report at size: the per-person list is paged on the server (every person once, by name,
// with the same gaps as the pure core gives), and the rounds list reads each round's counts in one
// grouped query that agrees with the round's own progress page.
import { describe, expect, it } from "vitest";
import { personGaps } from "@/lib/gaps/analysis";
import { PEOPLE_PAGE_SIZE } from "@/lib/gaps/pages";
import { gapReport } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { roundsOverview } from "@/lib/rounds/overview";
import { getRoundProgress } from "@/lib/rounds/progress";
import { openTestRound } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { closeYesterday, schoolWithRound, submitRated } from "./support/plan-fixtures";

const CYCLE: JobRole[] = ["TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "TEACHER", "SENCO"];

describe("gap report per-person list, paged", () => {
  it("shows each person once across the pages, in name order, with their exact gaps", async () => {
    const total = PEOPLE_PAGE_SIZE + 7;
    const roles = Array.from({ length: total }, (_, i) => CYCLE[i % CYCLE.length]!);
    const w = await schoolWithRound(roles);
    const rated = await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);

    const first = await gapReport(w.lead, w.round.id, new Date(), 1);
    const second = await gapReport(w.lead, w.round.id, new Date(), 2);
    expect(first.peoplePage).toMatchObject({ page: 1, pages: 2, total, first: 1, last: PEOPLE_PAGE_SIZE });
    expect(second.peoplePage).toMatchObject({
      page: 2,
      pages: 2,
      total,
      first: PEOPLE_PAGE_SIZE + 1,
      last: total,
    });
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(second.people).toHaveLength(7);
    // A page past the end shows the last page; nonsense shows the first.
    expect((await gapReport(w.lead, w.round.id, new Date(), 99)).peoplePage!.page).toBe(2);
    expect((await gapReport(w.lead, w.round.id, new Date(), Number.NaN)).peoplePage!.page).toBe(1);

    const all = [...first.people!, ...second.people!];
    expect(new Set(all.map((p) => p.personId)).size).toBe(total);
    const names = all.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en-GB")));
    // The figures above the list rest on everyone, whichever page is shown.
    expect(JSON.stringify(second.publication)).toBe(JSON.stringify(first.publication));

    const competencies = first.statements;
    for (const person of all) {
      const r = rated.find((x) => x.personId === person.personId)!;
      const expected = personGaps(
        { id: "x", jobRole: r.jobRole, requiredTier: r.requiredTier, ratings: r.ratings },
        competencies,
        w.targets,
      ).filter((g) => g.gap > 0);
      expect(person.gaps).toEqual(expected);
    }
  });
});

describe("rounds list counts", () => {
  it("agree with each round's own progress, after submits, a leaver and a new member", async () => {
    const w = await schoolWithRound([
      "TEACHER",
      "TEACHER",
      "FORM_TUTOR",
      "TEACHING_ASSISTANT",
      "SENCO",
      "TEACHER",
    ]);
    await submitRated(w.round, w.school.id, w.staff.slice(0, 4), w.competencies);
    await closeYesterday(w.round.id);
    const later = await openTestRound(w.lead, {
      title: "Summer term",
      audience: "JOB_ROLES",
      jobRoles: ["TEACHER"],
    });
    await submitRated(later, w.school.id, w.staff.slice(0, 1), w.competencies);
    // Someone who answered leaves; someone new joins.
    await ownerDb().membership.deleteMany({ where: { personId: w.staff[1]!.id, schoolId: w.school.id } });
    await ownerDb().person.create({
      data: {
        email: `new-${Date.now()}@example.org`,
        name: "New Starter",
        memberships: { create: { schoolId: w.school.id, role: "STAFF", jobRole: "TEACHER" } },
      },
    });

    const { rounds } = await roundsOverview(w.lead);
    expect(rounds).toHaveLength(2);
    for (const round of rounds) {
      const progress = await getRoundProgress(w.lead, round.id);
      expect(round.overall, round.title).toMatchObject({
        asked: progress.progress.overall.asked,
        submitted: progress.progress.overall.submitted,
      });
    }
    expect(rounds.find((r) => r.id === w.round.id)!.overall.submitted).toBe(4);
  });
});
