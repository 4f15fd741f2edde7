// The whole-school review on Postgres: contributing, agreeing, closing, read-only after, one open
// review at a time, and another school refused (by the app and by row-level security).
import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { agreementView } from "@/lib/review/agreement";
import { PRINCIPLES } from "@/lib/review/principles";
import {
  addGovernor,
  agreePrinciple,
  closeReview,
  getContribution,
  inviteContributors,
  lastAgreedReviewAt,
  latestAgreedRatings,
  reviewOverview,
  saveRatings,
  startReview,
} from "@/lib/review/queries";
import { STATEMENT_COUNT } from "@/lib/review/scores";
import { ownerDb } from "./support/fixtures";
import { agreedReview, ratingsFor, reviewSchool } from "./support/review-fixtures";

describe("a whole-school review", () => {
  it("takes contributions, each seen only by its author, then the lead agrees and closes it", async () => {
    const { lead, head, staff } = await reviewSchool();
    const [asked, notAsked] = staff;
    const { id } = await startReview(lead, false);

    await saveRatings(head, ratingsFor(id, 0, 2, "Governors minute it termly."));
    await expect(saveRatings(notAsked!, ratingsFor(id, 0, 1))).rejects.toThrow(/cannot contribute/);
    await inviteContributors(lead, { reviewId: id, allStaff: false, personIds: [asked!.personId] });
    await saveRatings(asked!, ratingsFor(id, 0, 1, "Not that I have seen."));
    await expect(saveRatings(notAsked!, ratingsFor(id, 0, 1))).rejects.toThrow(/cannot contribute/);

    // Each sees only their own; the lead has none yet.
    expect((await getContribution(head, id)).ratings.map((r) => r.level)).toEqual([2, 2, 2, 2, 2]);
    expect((await getContribution(asked!, id)).ratings.every((r) => r.level === 1)).toBe(true);
    expect((await getContribution(lead, id)).ratings).toEqual([]);

    // A governor, named by the lead, whose ratings the lead enters.
    const governor = await addGovernor(lead, { reviewId: id, name: "Ms Governor" });
    await saveRatings(lead, { ...ratingsFor(id, 0, 3), contributorId: governor.contributorId });
    await expect(
      saveRatings(head, { ...ratingsFor(id, 0, 3), contributorId: governor.contributorId }),
    ).rejects.toThrow(/senior mental health lead/);

    const view = await agreementView(lead, id);
    const first = PRINCIPLES[0]!.statements[0]!.key;
    expect(view.contributions[first]!.map((c) => [c.governor, c.level])).toEqual(
      expect.arrayContaining([
        [false, 2],
        [false, 1],
        [true, 3],
      ]),
    );
    expect(view.contributions[first]!.find((c) => c.governor)!.name).toBe("Ms Governor");
    expect(view.contributorCount).toBe(3);

    // Closing needs every statement agreed.
    await agreePrinciple(lead, ratingsFor(id, 0, 2, "Agreed at the governors' meeting."));
    await expect(closeReview(lead, id)).rejects.toThrow(
      new RegExp(`${STATEMENT_COUNT - PRINCIPLES[0]!.statements.length} statements still need`),
    );
    for (let i = 1; i < PRINCIPLES.length; i++) await agreePrinciple(lead, ratingsFor(id, i, 1));
    const { agreedAt } = await closeReview(lead, id);

    // Read-only after: nothing is written.
    const before = await ownerDb().reviewRating.count({ where: { reviewId: id } });
    await expect(saveRatings(head, ratingsFor(id, 1, 3))).rejects.toThrow(/read-only/);
    await expect(agreePrinciple(lead, ratingsFor(id, 1, 3))).rejects.toThrow(/read-only/);
    await expect(addGovernor(lead, { reviewId: id, name: "Late" })).rejects.toThrow(/read-only/);
    await expect(closeReview(lead, id)).rejects.toThrow(/read-only/);
    expect(await ownerDb().reviewRating.count({ where: { reviewId: id } })).toBe(before);
    expect(await ownerDb().reviewAgreedRating.count({ where: { reviewId: id, level: 3 } })).toBe(0);

    const overview = await reviewOverview(head);
    expect(overview.open).toBeNull();
    expect(overview.latest!.id).toBe(id);
    expect(overview.agreed).toHaveLength(1);
    const ratings = await latestAgreedRatings(lead);
    expect(ratings).toHaveLength(STATEMENT_COUNT);
    expect(ratings.find((r) => r.statementKey === first)).toEqual({
      statementKey: first,
      level: 2,
      reviewedAt: agreedAt,
    });
    expect(await lastAgreedReviewAt(lead)).toEqual(agreedAt);
    const actions = await ownerDb().auditEvent.findMany({ where: { targetId: id }, orderBy: { at: "asc" } });
    expect(actions.map((a) => a.action)).toEqual([
      "review.started",
      "review.contributors-changed",
      "review.governor-added",
      "review.agreed",
    ]);
  });

  it("lets all staff contribute when the lead chooses, and an unrated statement clears an earlier rating", async () => {
    const { lead, staff } = await reviewSchool();
    const { id } = await startReview(lead, true);
    await saveRatings(staff[0]!, ratingsFor(id, 2, 2));
    await saveRatings(staff[0]!, ratingsFor(id, 2, null));
    expect((await getContribution(staff[0]!, id)).ratings).toEqual([]);
  });

  it("has at most one open review, even when two starts race", async () => {
    const { lead } = await reviewSchool();
    const results = await Promise.allSettled([startReview(lead, false), startReview(lead, false)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason)).toMatch(
      /already open/,
    );
    await expect(startReview(lead, false)).rejects.toThrow(/already open/);
  });

  it("lists agreed reviews oldest first for the trend, the latest one in full", async () => {
    const { lead, head } = await reviewSchool();
    await agreedReview(lead, () => 1, new Date("2026-03-01T10:00:00Z"));
    await agreedReview(lead, () => 2, new Date("2026-09-01T10:00:00Z"));
    const overview = await reviewOverview(head);
    expect(overview.agreed.map((r) => r.agreedAt.toISOString())).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-09-01T10:00:00.000Z",
    ]);
    expect(overview.latest!.statements.every((s) => s.level === 2)).toBe(true);
  });

  it("refuses another school's review, in the app and underneath it", async () => {
    const a = await reviewSchool();
    const b = await reviewSchool();
    const { id } = await startReview(a.lead, true);
    await saveRatings(a.head, ratingsFor(id, 0, 2));
    await expect(getContribution(b.lead, id)).rejects.toThrow(/not found/);
    await expect(saveRatings(b.lead, ratingsFor(id, 0, 0))).rejects.toThrow(/not found/);
    await expect(agreePrinciple(b.lead, ratingsFor(id, 0, 0))).rejects.toThrow(/not found/);
    await expect(closeReview(b.lead, id)).rejects.toThrow(/not found/);
    await expect(agreementView(b.lead, id)).rejects.toThrow(/not found/);
    await expect(
      inviteContributors(a.lead, { reviewId: id, allStaff: false, personIds: [b.staff[0]!.personId] }),
    ).rejects.toThrow(/in your school/);

    await withScope({ schoolId: b.school.id, personId: b.lead.personId }, async (tx) => {
      expect(await tx.review.count({ where: { id } })).toBe(0);
      expect(await tx.reviewRating.count({ where: { reviewId: id } })).toBe(0);
      expect(await tx.reviewContributor.count({ where: { reviewId: id } })).toBe(0);
      const changed = await tx.review.updateMany({ where: { id }, data: { allStaff: false } });
      expect(changed.count).toBe(0);
    });
    await expect(
      withScope({ schoolId: b.school.id }, (tx) =>
        tx.reviewAgreedRating.create({
          data: {
            reviewId: id,
            schoolId: a.school.id,
            statementKey: "ethos.1",
            level: 3,
            agreedById: b.lead.personId,
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect((await ownerDb().review.findUniqueOrThrow({ where: { id } })).allStaff).toBe(true);
  });
});
