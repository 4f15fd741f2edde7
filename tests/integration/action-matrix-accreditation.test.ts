// The accreditation's part of the authorisation matrix: every accreditation action x every role
// (and a peer reviewer acting as assessor) x own and another school or trust. The session is
// mocked; memberships, permissions and row-level security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { ensureDefaultScheme, loadScheme } from "@/lib/accreditation/scheme";
import { withScope } from "@/lib/db/scope";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const school = await import("@/app/schools/[schoolId]/accreditation/actions");
const trust = await import("@/app/trusts/[trustId]/accreditation/actions");
const peer = await import("@/app/peer-review/actions");

type Actor = Role | "ASSESSOR";
type Status = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "REVIEWED" | "VISITED";
type World = {
  schoolId: string;
  trustId: string;
  leadId: string;
  /** The lead of a third school in the trust: who a review is reassigned to. */
  spareReviewerId: string;
  people: Record<Exclude<Actor, "SIGNED_OUT">, { id: string }>;
};
let own: World;
let other: World;
let schemeId: string;
let criteria: { id: string; key: string }[];

async function world(): Promise<World> {
  const t = await makeTrust();
  const s = await makeSchool({ trustId: t.id });
  const reviewerSchool = await makeSchool({ trustId: t.id });
  const lead = await makeMember(s.id, "LEAD", "SENIOR_MH_LEAD");
  const spare = await makeMember((await makeSchool({ trustId: t.id })).id, "LEAD", "SENIOR_MH_LEAD");
  return {
    schoolId: s.id,
    trustId: t.id,
    leadId: lead.id,
    spareReviewerId: spare.id,
    people: {
      STAFF: await makeMember(s.id, "STAFF"),
      LEAD: lead,
      HEAD: await makeMember(s.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(t.id),
      // The lead of another school in the trust: the peer reviewer.
      ASSESSOR: await makeMember(reviewerSchool.id, "LEAD", "SENIOR_MH_LEAD"),
    },
  };
}

beforeAll(async () => {
  schemeId = await ensureDefaultScheme();
  criteria = await ownerDb().accreditationCriterion.findMany({
    where: { schemeId },
    select: { id: true, key: true },
  });
  own = await world();
  other = await world();
  visitor = await makePerson({ name: "Vi Assessor" });
}, 60_000);

/** Someone from outside the school who accepted the trust's visit link (decision 0042). */
let visitor: { id: string };
async function grantVisit(w: World, submissionId: string) {
  await ownerDb().accreditationVisitAssessor.create({
    data: {
      submissionId,
      schoolId: w.schoolId,
      email: `vi-${submissionId}@outside.example`,
      name: "Vi Assessor",
      tokenHash: `hash-${submissionId}`,
      expiresAt: new Date(Date.now() + 86_400_000),
      personId: visitor.id,
      acceptedAt: new Date(),
      invitedById: w.people.TRUST_LEADER.id,
    },
  });
}

const AT: Status[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "REVIEWED", "VISITED"];

/** A fresh submission for the school (owner writes), rated Met throughout, at `status`. */
async function fresh(w: World, status: Status | null) {
  const db = ownerDb();
  await db.accreditationSubmission.deleteMany({ where: { schoolId: w.schoolId } });
  if (!status) return { submissionId: "" };
  const at = AT.indexOf(status);
  const s = await db.accreditationSubmission.create({
    data: {
      schoolId: w.schoolId,
      schemeId,
      createdById: w.leadId,
      status,
      ...(at >= 2
        ? { reviewerId: w.people.ASSESSOR.id, reviewerName: "Reviewer", assignedAt: new Date() }
        : {}),
    },
  });
  await db.accreditationSelfRating.createMany({
    data: criteria.map((c) => ({
      submissionId: s.id,
      schoolId: w.schoolId,
      criterionId: c.id,
      criterionKey: c.key,
      rating: "MET" as const,
      narrative: "We do this.",
      updatedById: w.leadId,
    })),
  });
  if (at >= 3)
    await db.accreditationPeerRating.createMany({
      data: criteria.map((c) => ({
        submissionId: s.id,
        schoolId: w.schoolId,
        criterionId: c.id,
        criterionKey: c.key,
        rating: "MET" as const,
        reviewerId: w.people.ASSESSOR.id,
      })),
    });
  if (at >= 4)
    await db.accreditationVisit.create({
      data: {
        submissionId: s.id,
        schoolId: w.schoolId,
        visitedOn: new Date("2026-11-01T00:00:00Z"),
        assessors: ["A. Assessor"],
        interviewed: ["STAFF"],
        findings: "Found well.",
        recordedById: w.people.TRUST_LEADER.id,
      },
    });
  return { submissionId: s.id };
}

type Call = (w: World) => Promise<ActionResult<unknown>>;
const SCHOOL_CASES: Record<string, Call> = {
  startAccreditation: async (w) => {
    await fresh(w, null);
    return school.startAccreditation(w.schoolId, {});
  },
  saveAccreditationSelfEvaluation: async (w) =>
    school.saveAccreditationSelfEvaluation(w.schoolId, {
      ...(await fresh(w, "DRAFT")),
      ratings: [{ criterionId: criteria[0]!.id, rating: "EXCEEDS", narrative: "More." }],
    }),
  submitAccreditationSelfEvaluation: async (w) =>
    school.submitAccreditationSelfEvaluation(w.schoolId, await fresh(w, "DRAFT")),
};
const TRUST_CASES: Record<string, Call> = {
  assignAccreditationReviewer: async (w) =>
    trust.assignAccreditationReviewer(w.trustId, {
      ...(await fresh(w, "SUBMITTED")),
      reviewerId: w.people.ASSESSOR.id,
    }),
  reassignAccreditationReviewer: async (w) =>
    trust.reassignAccreditationReviewer(w.trustId, {
      ...(await fresh(w, "IN_REVIEW")),
      reviewerId: w.spareReviewerId,
    }),
  // Harbour's scheme adopted with one word changed: allowed again and again (a new version each time).
  publishAccreditationScheme: async (w) => {
    const base = (await withScope({}, (tx) => loadScheme(tx, schemeId)))!;
    return trust.publishAccreditationScheme(w.trustId, {
      fromSchemeId: base.id,
      name: `${base.name} (${w.trustId})`,
      description: base.description,
      changeSummary: "The trust's own words",
      strands: base.strands.map((st) => ({
        title: st.title,
        summary: st.summary,
        criteria: st.criteria.map((c) => ({ key: c.key, text: c.text, guidance: c.guidance })),
      })),
    });
  },
  recordAccreditationVisit: async (w) =>
    trust.recordAccreditationVisit(w.trustId, {
      ...(await fresh(w, "REVIEWED")),
      visitedOn: "2026-11-20",
      assessors: "Sam Hart",
      interviewed: ["STAFF", "PUPILS"],
      findings: "Strong listening culture.",
    }),
  inviteAccreditationVisitAssessor: async (w) =>
    trust.inviteAccreditationVisitAssessor(w.trustId, {
      ...(await fresh(w, "REVIEWED")),
      name: "Vi Assessor",
      email: "vi@outside.example",
    }),
  withdrawAccreditationVisitAssessor: async (w) => {
    const { submissionId } = await fresh(w, "REVIEWED");
    const pending = await ownerDb().accreditationVisitAssessor.create({
      data: {
        submissionId,
        schoolId: w.schoolId,
        email: "wi@outside.example",
        name: "Wi Assessor",
        tokenHash: `matrix-${submissionId}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        invitedById: w.people.TRUST_LEADER.id,
      },
    });
    return trust.withdrawAccreditationVisitAssessor(w.trustId, { assessorId: pending.id });
  },
  decideAccreditation: async (w) =>
    trust.decideAccreditation(w.trustId, {
      ...(await fresh(w, "VISITED")),
      level: "ACCREDITED",
      feedback: "",
    }),
};

const LEAD_ONLY: Record<Actor, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  ASSESSOR: "not-found",
  SIGNED_OUT: "signed-out",
};
const ACTORS: Actor[] = [...ROLES, "ASSESSOR"];
const signInAs = (actor: Actor) => {
  session.personId = actor === "SIGNED_OUT" ? null : own.people[actor].id;
};

describe.each(ACTORS)("accreditation actions as %s", (actor) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    for (const [name, call] of Object.entries(SCHOOL_CASES)) {
      const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : LEAD_ONLY[actor];
      expect(`${name}: ${outcomeOf(await call(w))}`).toBe(`${name}: ${want}`);
    }
  });

  it.each(["own", "other"] as const)("for the %s trust", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    for (const [name, call] of Object.entries(TRUST_CASES)) {
      const want =
        actor === "SIGNED_OUT"
          ? "signed-out"
          : actor === "TRUST_LEADER" && tenant === "own"
            ? "ok"
            : "not-found";
      expect(`${name}: ${outcomeOf(await call(w))}`).toBe(`${name}: ${want}`);
    }
    // The own trust's leader cannot act on the other trust's school through their own trust either.
    if (actor === "TRUST_LEADER" && tenant === "other") {
      const across = await trust.decideAccreditation(own.trustId, {
        ...(await fresh(other, "VISITED")),
        level: "ACCREDITED",
        feedback: "",
      });
      expect(outcomeOf(across)).toBe("not-found");
    }
  });

  it.each(["own", "other"] as const)("peer-reviewing the %s school's submission", async (tenant) => {
    signInAs(actor);
    const w = tenant === "own" ? own : other;
    // The own world's reviewer keeps an assignment, so they are an assessor in both cases.
    await fresh(own, "IN_REVIEW");
    const target = tenant === "own" ? await fresh(own, "IN_REVIEW") : await fresh(w, "IN_REVIEW");
    const result = await peer.saveAccreditationPeerReview({
      ...target,
      ratings: [{ criterionId: criteria[0]!.id, rating: "MET", comment: "Seen." }],
      note: "",
      send: false,
    });
    const want =
      actor === "SIGNED_OUT" ? "signed-out" : actor === "ASSESSOR" && tenant === "own" ? "ok" : "not-found";
    expect(outcomeOf(result)).toBe(want);
  });
});

// Recording the visit as an accepted visit assessor: only theirs, in their own submission.
describe.each([...ACTORS, "VISIT_ASSESSOR"] as const)("recording the visit as %s", (actor) => {
  it.each(["own", "other"] as const)("of the %s school's submission", async (tenant) => {
    session.personId =
      actor === "SIGNED_OUT" ? null : actor === "VISIT_ASSESSOR" ? visitor.id : own.people[actor].id;
    // The visitor holds a grant for the own world's submission only.
    const mine = await fresh(own, "REVIEWED");
    await grantVisit(own, mine.submissionId);
    const target = tenant === "own" ? mine : await fresh(other, "REVIEWED");
    const result = await peer.recordAccreditationVisitAsAssessor({
      ...target,
      visitedOn: "2026-11-20",
      assessors: "Vi Assessor",
      interviewed: ["STAFF"],
      findings: "Seen in practice.",
    });
    const want =
      actor === "SIGNED_OUT"
        ? "signed-out"
        : actor === "VISIT_ASSESSOR" && tenant === "own"
          ? "ok"
          : "not-found";
    expect(outcomeOf(result)).toBe(want);
  });
});

// Accepting a visit link signed in: an unknown or used link is not found for everyone.
describe.each(ACTORS)("accepting a visit link as %s", (actor) => {
  it("refuses a link that does not exist", async () => {
    signInAs(actor);
    const result = await peer.acceptVisitAssessorSignedIn({ token: "x".repeat(43) });
    expect(outcomeOf(result)).toBe(actor === "SIGNED_OUT" ? "forbidden" : "not-found");
  });
});
