// The evidence library's part of the authorisation matrix: every evidence action x every role x own
// and another school. The session is mocked; memberships, permissions and row-level security are real.
import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/schools/[schoolId]/evidence/actions");

type World = {
  schoolId: string;
  leadId: string;
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};

async function world(): Promise<World> {
  const t = await makeTrust();
  const s = await makeSchool({ trustId: t.id });
  const lead = await makeMember(s.id, "LEAD", "SENIOR_MH_LEAD");
  return {
    schoolId: s.id,
    leadId: lead.id,
    people: {
      STAFF: await makeMember(s.id, "STAFF"),
      LEAD: lead,
      HEAD: await makeMember(s.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(t.id),
    },
  };
}
const own = await world();
const other = await world();

/** A fresh note in the school, tagged to a principle (owner writes). */
async function freshItem(w: World) {
  const db = ownerDb();
  const item = await db.evidenceItem.create({
    data: { schoolId: w.schoolId, kind: "NOTE", title: "Note", note: "Text", createdById: w.leadId },
  });
  const tag = await db.evidenceTag.create({
    data: {
      schoolId: w.schoolId,
      itemId: item.id,
      kind: "PRINCIPLE",
      principleKey: "ethos",
      createdById: w.leadId,
    },
  });
  return { itemId: item.id, tagId: tag.id };
}

type Call = (w: World) => Promise<ActionResult<unknown>>;
const CASES: Record<string, Call> = {
  addEvidenceNote: (w) => actions.addEvidenceNote(w.schoolId, { title: "Minutes", note: "Agreed." }),
  addEvidenceLink: (w) =>
    actions.addEvidenceLink(w.schoolId, { title: "Policy", url: "https://example.test/p" }),
  tagEvidence: async (w) =>
    actions.tagEvidence(w.schoolId, { itemId: (await freshItem(w)).itemId, target: "principle:leadership" }),
  untagEvidence: async (w) => actions.untagEvidence(w.schoolId, await freshItem(w)),
  deleteEvidence: async (w) =>
    actions.deleteEvidence(w.schoolId, { itemId: (await freshItem(w)).itemId, confirmed: true }),
};

const LEAD_ONLY: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("evidence actions as %s", (actor) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    session.personId = actor === "SIGNED_OUT" ? null : own.people[actor].id;
    const w = tenant === "own" ? own : other;
    for (const [name, call] of Object.entries(CASES)) {
      const want = tenant === "other" && actor !== "SIGNED_OUT" ? "not-found" : LEAD_ONLY[actor];
      expect(`${name}: ${outcomeOf(await call(w))}`).toBe(`${name}: ${want}`);
    }
  });

  it("cannot reach another school's item through its own school", async () => {
    session.personId = actor === "SIGNED_OUT" ? null : own.people[actor].id;
    const theirs = await freshItem(other);
    const result = await actions.tagEvidence(own.schoolId, {
      itemId: theirs.itemId,
      target: "principle:ethos",
    });
    expect(outcomeOf(result)).toBe(actor === "LEAD" ? "not-found" : LEAD_ONLY[actor]);
    expect(await ownerDb().evidenceTag.count({ where: { itemId: theirs.itemId } })).toBe(1);
  });
});
