// The roster sync's pure core: examples from a school's day, then invariants over random rosters.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRoster, type DiffInput, type SyncMember, type SyncProposals } from "@/lib/roster-sync/diff";
import { titleKey } from "@/lib/roster-sync/titles";
import type { WondeStaff } from "@/lib/roster-sync/wonde-response";
import type { JobRole } from "@/lib/generated/prisma/enums";

const lead: SyncMember = {
  membershipId: "m-lead",
  personId: "p-lead",
  name: "Lee Lead",
  email: "lead@school.test",
  role: "LEAD",
  jobRole: "SENIOR_MH_LEAD",
  manages: true,
};
const member = (n: string, jobRole: JobRole = "TEACHER", manages = false): SyncMember => ({
  membershipId: `m-${n}`,
  personId: `p-${n}`,
  name: `Person ${n}`,
  email: `${n}@school.test`,
  role: manages ? "LEAD" : "STAFF",
  jobRole,
  manages,
});
const staff = (
  n: string,
  title: string | null = "Teacher",
  email: string | null = `${n}@school.test`,
): WondeStaff => ({
  wondeId: `w-${n}`,
  name: `Person ${n}`,
  email,
  title,
});
const input = (over: Partial<DiffInput>): DiffInput => ({
  staff: [],
  members: [lead],
  pending: [],
  mappings: new Map(),
  rejections: new Map(),
  actorPersonId: lead.personId,
  ...over,
});

describe("roster sync proposals", () => {
  it("proposes joiners, leavers and role changes, and asks about problems instead of guessing", () => {
    const out = diffRoster(
      input({
        members: [lead, member("stays"), member("moves", "TEACHER"), member("goes")],
        pending: ["invited@school.test"],
        mappings: new Map([[titleKey("Class Teacher"), "TEACHER" as const]]),
        staff: [
          staff("lead", "Senior mental health lead"),
          staff("stays", "class teacher"),
          staff("moves", "Teaching Assistant"),
          staff("new", "Class Teacher"),
          staff("invited", "Teacher"),
          staff("noemail", "Teacher", null),
          staff("twin1", "Teacher", "shared@school.test"),
          staff("twin2", "Teacher", "shared@school.test"),
          staff("hlta", "HLTA"),
        ],
      }),
    );
    expect(out.joiners.map((j) => [j.email, j.jobRole])).toEqual([["new@school.test", "TEACHER"]]);
    expect(out.changes.map((c) => [c.email, c.from, c.to])).toEqual([
      ["moves@school.test", "TEACHER", "TEACHING_ASSISTANT"],
    ]);
    expect(out.leavers.map((l) => l.email)).toEqual(["goes@school.test"]);
    expect(out.problems.map((p) => [p.name, p.kind])).toEqual([
      ["Person hlta", "unmapped_title"],
      ["Person noemail", "no_email"],
      ["Person twin1", "duplicate_email"],
      ["Person twin2", "duplicate_email"],
    ]);
    // HLTA is only suggested: the lead confirms it before anyone with it is proposed.
    expect(out.titles.find((t) => t.title === "HLTA")).toMatchObject({
      jobRole: null,
      suggestion: "TEACHING_ASSISTANT",
    });
  });

  it("never proposes removing the person running the sync, nor every lead", () => {
    const other = member("otherlead", "SENCO", true);
    const out = diffRoster(
      input({ members: [lead, other], staff: [staff("x")], actorPersonId: "p-someone-else" }),
    );
    expect(out.leavers).toEqual([]);
    const mine = diffRoster(input({ members: [lead, other], staff: [staff("x")] }));
    expect(mine.leavers.map((l) => l.email)).toEqual(["otherlead@school.test"]);
  });

  it("does not propose a member as a leaver when Wonde lists someone of that name without an email", () => {
    const out = diffRoster(input({ members: [lead, member("a")], staff: [staff("a", "Teacher", null)] }));
    expect(out.leavers).toEqual([]);
  });

  it("a rejected proposal stays away until Wonde's data for it changes", () => {
    const first = diffRoster(input({ staff: [staff("new")] }));
    const rejections = new Map(first.joiners.map((j) => [j.key, j.fingerprint]));
    expect(diffRoster(input({ staff: [staff("new")], rejections })).joiners).toEqual([]);
    expect(
      diffRoster(input({ staff: [staff("new", "Teaching Assistant")], rejections })).joiners,
    ).toHaveLength(1);
  });
});

// Random schools: a few emails and titles shared between Harbour and Wonde, so clashes are common.
const emails = fc.constantFrom("a", "b", "c", "d", "e", "f").map((n) => `${n}@school.test`);
const titles = fc.constantFrom("Teacher", "Teaching Assistant", "HLTA", "Cook", "Class Teacher");
const jobRoles = fc.constantFrom<JobRole>("TEACHER", "TEACHING_ASSISTANT", "CATERING", "SENCO");
const world = fc.record({
  staff: fc.array(
    fc.record({
      wondeId: fc.uuid(),
      name: fc.constantFrom("Ann", "Bo", "Cy"),
      email: fc.option(emails),
      title: fc.option(titles),
    }),
    { maxLength: 12 },
  ),
  members: fc.uniqueArray(fc.record({ email: emails, jobRole: jobRoles, manages: fc.boolean() }), {
    selector: (m) => m.email,
    maxLength: 6,
  }),
  pending: fc.array(emails, { maxLength: 3 }),
  mapCook: fc.boolean(),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function inputOf(w: World): DiffInput {
  const members = w.members
    .filter((m) => !w.pending.includes(m.email))
    .map((m, i) => ({ ...member(String(i), m.jobRole, m.manages), email: m.email }));
  return input({
    staff: w.staff,
    members: [lead, ...members],
    pending: w.pending,
    mappings: new Map(w.mapCook ? [["cook", "CATERING" as const]] : []),
  });
}

/** What accepting every proposal does, in memory. */
function applied(i: DiffInput, p: SyncProposals): DiffInput {
  const gone = new Set(p.leavers.map((l) => l.membershipId));
  const to = new Map(p.changes.map((c) => [c.membershipId, c.to]));
  return {
    ...i,
    members: i.members
      .filter((m) => !gone.has(m.membershipId))
      .map((m) => ({ ...m, jobRole: to.get(m.membershipId) ?? m.jobRole })),
    pending: [...i.pending, ...p.joiners.map((j) => j.email)],
  };
}

describe("roster sync invariants", () => {
  it("each person is in at most one list, and problems are never proposed", () => {
    fc.assert(
      fc.property(world, (w) => {
        const out = diffRoster(inputOf(w));
        const people = [
          ...out.joiners.map((j) => j.email),
          ...out.leavers.map((l) => l.email),
          ...out.changes.map((c) => c.email),
        ];
        expect(new Set(people).size).toBe(people.length);
        const held = new Set(out.problems.map((p) => p.wondeId));
        const heldEmails = w.staff.filter((s) => held.has(s.wondeId) && s.email).map((s) => s.email);
        for (const email of heldEmails) expect(people).not.toContain(email);
      }),
    );
  });

  it("accepting every proposal and syncing again proposes nothing", () => {
    fc.assert(
      fc.property(world, (w) => {
        const first = inputOf(w);
        const again = diffRoster(applied(first, diffRoster(first)));
        expect([again.joiners, again.leavers, again.changes]).toEqual([[], [], []]);
      }),
    );
  });

  it("rejecting every proposal and syncing again proposes nothing", () => {
    fc.assert(
      fc.property(world, (w) => {
        const i = inputOf(w);
        const out = diffRoster(i);
        const all = [...out.joiners, ...out.leavers, ...out.changes];
        const again = diffRoster({ ...i, rejections: new Map(all.map((p) => [p.key, p.fingerprint])) });
        expect([again.joiners, again.leavers, again.changes]).toEqual([[], [], []]);
      }),
    );
  });

  it("the runner is never a leaver and a lead always remains", () => {
    fc.assert(
      fc.property(world, (w) => {
        const i = inputOf(w);
        const out = diffRoster(i);
        const gone = new Set(out.leavers.map((l) => l.membershipId));
        expect(gone.has(lead.membershipId)).toBe(false);
        expect(i.members.some((m) => m.manages && !gone.has(m.membershipId))).toBe(true);
      }),
    );
  });
});
