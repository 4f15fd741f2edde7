// The network's part of the authorisation matrix: every network action x every role x own and
// another school, then another school's case study named through one's own school ("publishing on
// behalf of another school"). The session is mocked; memberships, permissions and row-level
// security are real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { askContact, askQuestion, decideConsent, publishCaseStudy, saveCaseStudy } from "@/lib/network/store";
import type { SchoolContext } from "@/lib/tenancy/context";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";
import {
  caseStudyForm,
  networkSchool,
  publishedCaseStudy,
  type NetworkSchool,
} from "./support/network-fixtures";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/schools/[schoolId]/network/actions");

type World = {
  schoolId: string;
  otherSchoolId: string;
  /** Per school: its lead, and the person named as contact (the matrix's staff member in the own school). */
  lead: Record<string, SchoolContext>;
  contact: Record<string, SchoolContext>;
  third: NetworkSchool;
  thirdStudy: string;
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};
let w: World;

beforeAll(async () => {
  const trust = await makeTrust();
  const own = await networkSchool({ trustId: trust.id });
  const other = await networkSchool({ trustId: trust.id });
  const third = await networkSchool({ trustId: trust.id });
  w = {
    schoolId: own.id,
    otherSchoolId: other.id,
    lead: { [own.id]: own.lead, [other.id]: other.lead },
    contact: { [own.id]: own.staff, [other.id]: other.contact },
    third,
    thirdStudy: await publishedCaseStudy(third),
    people: {
      STAFF: { id: own.staff.personId },
      LEAD: { id: own.lead.personId },
      HEAD: { id: own.head.personId },
      TRUST_LEADER: await makeTrustLeader(trust.id),
    },
  };
});

/** A draft of the school's with its contact chosen; then asked; then agreed; then published. */
const draft = async (schoolId: string) =>
  (await saveCaseStudy(w.lead[schoolId]!, caseStudyForm(w.contact[schoolId]!.personId))).id;
const asked = async (schoolId: string) => {
  const id = await draft(schoolId);
  await askContact(w.lead[schoolId]!, id);
  return id;
};
const agreed = async (schoolId: string) => {
  const id = await asked(schoolId);
  await decideConsent(w.contact[schoolId]!, id, "agree");
  return id;
};
const published = async (schoolId: string) => {
  const id = await agreed(schoolId);
  await publishCaseStudy(w.lead[schoolId]!, id);
  return id;
};
/** A question from the third school about one of this school's published case studies. */
const question = async (schoolId: string) =>
  (await askQuestion(w.third.lead, { caseStudyId: await published(schoolId), body: "How?" })).id;

type Call = (schoolId: string) => Promise<ActionResult<unknown>>;
const CASES: Record<string, { call: Call; table: Record<Role, Outcome> }> = {};
const LEAD_ONLY: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};
// The contact's answer is theirs alone: anyone else in the school is told it is not there.
const CONTACT_ONLY: Record<Role, Outcome> = {
  ...LEAD_ONLY,
  STAFF: "ok",
  LEAD: "not-found",
  HEAD: "not-found",
};
// The contact or a lead replies; the head reads but does not answer for the school.
const CONTACT_OR_LEAD: Record<Role, Outcome> = { ...LEAD_ONLY, STAFF: "ok" };

CASES.setNetworkOptIn = { table: LEAD_ONLY, call: (id) => actions.setNetworkOptIn(id, { optIn: true }) };
CASES.saveCaseStudy = {
  table: LEAD_ONLY,
  call: (id) => actions.saveCaseStudy(id, caseStudyForm(w.contact[id]!.personId)),
};
CASES.askCaseStudyContact = {
  table: LEAD_ONLY,
  call: async (id) => actions.askCaseStudyContact(id, { caseStudyId: await draft(id) }),
};
CASES.decideCaseStudyConsent = {
  table: CONTACT_ONLY,
  call: async (id) => actions.decideCaseStudyConsent(id, { caseStudyId: await asked(id), decision: "agree" }),
};
CASES.publishCaseStudy = {
  table: LEAD_ONLY,
  call: async (id) => actions.publishCaseStudy(id, { caseStudyId: await agreed(id) }),
};
CASES.withdrawCaseStudy = {
  table: LEAD_ONLY,
  call: async (id) => actions.withdrawCaseStudy(id, { caseStudyId: await published(id) }),
};
CASES.askCaseStudyQuestion = {
  table: LEAD_ONLY,
  call: (id) => actions.askCaseStudyQuestion(id, { caseStudyId: w.thirdStudy, body: "Could we visit?" }),
};
CASES.replyToCaseStudyQuestion = {
  table: CONTACT_OR_LEAD,
  call: async (id) => actions.replyToCaseStudyQuestion(id, { questionId: await question(id), reply: "Yes." }),
};

const signInAs = (role: Role) => {
  session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
};

describe.each(ROLES)("network actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    signInAs(role);
    const schoolId = tenant === "own" ? w.schoolId : w.otherSchoolId;
    for (const [name, { call, table }] of Object.entries(CASES)) {
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : table[role];
      expect(`${name}: ${outcomeOf(await call(schoolId))}`).toBe(`${name}: ${want}`);
    }
  });
});

describe("another school's case study, named through one's own school", () => {
  it("is not found for publishing, withdrawing, editing, asking its contact or agreeing, and nothing is written", async () => {
    const theirs = {
      agreed: await agreed(w.otherSchoolId),
      published: await published(w.otherSchoolId),
      draft: await draft(w.otherSchoolId),
      asked: await asked(w.otherSchoolId),
      question: await question(w.otherSchoolId),
    };
    const before = await ownerDb().caseStudy.findMany({
      where: { schoolId: w.otherSchoolId },
      orderBy: { id: "asc" },
    });
    const auditBefore = await ownerDb().auditEvent.count({ where: { schoolId: w.schoolId } });
    signInAs("LEAD");
    for (const result of [
      await actions.publishCaseStudy(w.schoolId, { caseStudyId: theirs.agreed }),
      await actions.withdrawCaseStudy(w.schoolId, { caseStudyId: theirs.published }),
      await actions.askCaseStudyContact(w.schoolId, { caseStudyId: theirs.draft }),
      await actions.saveCaseStudy(w.schoolId, {
        ...caseStudyForm(w.contact[w.schoolId]!.personId),
        caseStudyId: theirs.draft,
      }),
      await actions.replyToCaseStudyQuestion(w.schoolId, { questionId: theirs.question, reply: "Not ours" }),
    ])
      expect(outcomeOf(result)).toBe("not-found");
    signInAs("STAFF");
    expect(
      outcomeOf(
        await actions.decideCaseStudyConsent(w.schoolId, { caseStudyId: theirs.asked, decision: "agree" }),
      ),
    ).toBe("not-found");
    expect(
      await ownerDb().caseStudy.findMany({ where: { schoolId: w.otherSchoolId }, orderBy: { id: "asc" } }),
    ).toEqual(before);
    expect(
      await ownerDb().caseStudyQuestion.findUniqueOrThrow({ where: { id: theirs.question } }),
    ).toMatchObject({
      reply: null,
    });
    expect(await ownerDb().auditEvent.count({ where: { schoolId: w.schoolId } })).toBe(auditBefore);
  });

  it("returns field errors from the same schema the form uses", async () => {
    signInAs("LEAD");
    const result = await actions.saveCaseStudy(w.schoolId, {
      ...caseStudyForm(""),
      title: "",
      principleKeys: [],
      impact: "x".repeat(4001),
    });
    expect(!result.ok && result.fieldErrors).toMatchObject({
      title: ["Give the case study a title."],
      principleKeys: ["Choose at least one principle it shows."],
      impact: ["Keep the impact it had under 4000 characters."],
    });
    const noContact = await actions.askCaseStudyContact(w.schoolId, {
      caseStudyId: (await saveCaseStudy(w.lead[w.schoolId]!, caseStudyForm(""))).id,
    });
    expect(!noContact.ok && noContact.fieldErrors?.contactId).toEqual([
      "Choose a contact for this case study first.",
    ]);
  });
});
