// The whole-school review's part of the authorisation matrix: every review action x every role x own
// and another school, then another school's review named through one's own school. The session is
// mocked; memberships, permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { PRINCIPLES } from "@/lib/review/principles";
import { agreePrinciple, startReview } from "@/lib/review/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";
import { ratingsFor, ratingsForm } from "./support/review-fixtures";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/schools/[schoolId]/review/actions");

type World = {
  schoolId: string;
  otherSchoolId: string;
  lead: SchoolContext;
  otherLead: SchoolContext;
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};
let w: World;

beforeAll(async () => {
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const other = await makeSchool({ trustId: trust.id });
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const otherLead = await makeMember(other.id, "LEAD", "SENIOR_MH_LEAD");
  w = {
    schoolId: school.id,
    otherSchoolId: other.id,
    lead: schoolCtx(lead.id, school, "LEAD"),
    otherLead: schoolCtx(otherLead.id, other, "LEAD"),
    people: {
      STAFF: await makeMember(school.id, "STAFF", "TEACHER"),
      LEAD: lead,
      HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(trust.id),
    },
  };
});

const leadOf = (schoolId: string) => (schoolId === w.schoolId ? w.lead : w.otherLead);

/** No open review, so that starting one can succeed. */
async function noOpenReview(schoolId: string) {
  await ownerDb().review.updateMany({
    where: { schoolId, status: "OPEN" },
    data: { status: "AGREED", agreedAt: new Date() },
  });
}

/** The school's open review (staff not asked), started if there is none. */
async function openReview(schoolId: string) {
  const open = await ownerDb().review.findFirst({ where: { schoolId, status: "OPEN" } });
  return open?.id ?? (await startReview(leadOf(schoolId), false)).id;
}

/** A fresh open review with every statement agreed, ready to close. */
async function closable(schoolId: string) {
  await noOpenReview(schoolId);
  const { id } = await startReview(leadOf(schoolId), false);
  for (let i = 0; i < PRINCIPLES.length; i++) await agreePrinciple(leadOf(schoolId), ratingsFor(id, i, 2));
  return id;
}

type Call = (schoolId: string) => Promise<ActionResult<unknown>>;
const CASES: Record<string, { call: Call; table: Record<Role, Outcome> }> = {};
const LEAD_ONLY: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
// Staff hold review:contribute but may rate only when asked: this review has not asked them.
const CONTRIBUTORS: Record<Role, Outcome> = { ...LEAD_ONLY, HEAD: "ok" };

CASES.startReview = {
  table: LEAD_ONLY,
  call: async (id) => {
    await noOpenReview(id);
    return actions.startReview(id, { allStaff: false });
  },
};
CASES.inviteReviewContributors = {
  table: LEAD_ONLY,
  call: async (id) =>
    actions.inviteReviewContributors(id, { reviewId: await openReview(id), allStaff: false, personIds: [] }),
};
CASES.addReviewGovernor = {
  table: LEAD_ONLY,
  call: async (id) => actions.addReviewGovernor(id, { reviewId: await openReview(id), name: "A Governor" }),
};
CASES.saveReviewRatings = {
  table: CONTRIBUTORS,
  call: async (id) => actions.saveReviewRatings(id, ratingsForm(await openReview(id), 1, "2")),
};
CASES.agreeReviewPrinciple = {
  table: LEAD_ONLY,
  call: async (id) => actions.agreeReviewPrinciple(id, ratingsForm(await openReview(id), 1, "2")),
};
CASES.closeReview = {
  table: LEAD_ONLY,
  call: async (id) => actions.closeReview(id, { reviewId: await closable(id) }),
};

const signInAs = (role: Role) => {
  session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
};

describe.each(ROLES)("review actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(role);
    const schoolId = tenant === "own" ? w.schoolId : w.otherSchoolId;
    for (const [name, { call, table }] of Object.entries(CASES)) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : table[role];
      expect(`${name}: ${outcomeOf(await call(schoolId))}`).toBe(`${name}: ${want}`);
    }
  });
});

describe("another school's review, named through one's own school", () => {
  it("is not found, and nothing is written", async () => {
    signInAs("LEAD");
    const theirs = await openReview(w.otherSchoolId);
    const ready = await closable(w.otherSchoolId);
    for (const result of [
      await actions.saveReviewRatings(w.schoolId, ratingsForm(theirs, 0, "0")),
      await actions.agreeReviewPrinciple(w.schoolId, ratingsForm(theirs, 0, "0")),
      await actions.addReviewGovernor(w.schoolId, { reviewId: theirs, name: "Intruder" }),
      await actions.inviteReviewContributors(w.schoolId, { reviewId: theirs, allStaff: true, personIds: [] }),
      await actions.closeReview(w.schoolId, { reviewId: ready }),
    ]) {
      expect(outcomeOf(result)).toBe("not-found");
    }
    expect(await ownerDb().reviewRating.count({ where: { reviewId: theirs } })).toBe(0);
    expect(await ownerDb().reviewContributor.count({ where: { reviewId: theirs } })).toBe(0);
    expect((await ownerDb().review.findUniqueOrThrow({ where: { id: ready } })).status).toBe("OPEN");
  });

  it("returns field errors from the same schema the form uses", async () => {
    signInAs("LEAD");
    const reviewId = await openReview(w.schoolId);
    const form = ratingsForm(reviewId, 0, "");
    const result = await actions.agreeReviewPrinciple(w.schoolId, {
      ...form,
      ratings: form.ratings.map((r, i) => (i === 1 ? { ...r, evidence: "x".repeat(2001) } : r)),
    });
    expect(!result.ok && result.fieldErrors?.["ratings.0.level"]).toEqual(["Choose the school's level."]);
    expect(!result.ok && result.fieldErrors?.["ratings.1.evidence"]).toEqual([
      "Keep the evidence note under 2000 characters.",
    ]);
    const wrong = await actions.saveReviewRatings(w.schoolId, {
      ...ratingsForm(reviewId, 0, "1"),
      principleKey: "ethos",
    });
    expect(!wrong.ok && wrong.fieldErrors?.form).toEqual(["These statements do not match the principle."]);
  });
});
