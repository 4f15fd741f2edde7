// The roster sync's part of the authorisation matrix: its five server actions x every role x own and
// another school. Only the lead may use them; another school's actions read as not found. The
// session is mocked; memberships, permissions, row-level security and the Wonde HTTP server are real.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { syncView } from "@/lib/roster-sync/queries";
import { makeMember, makeSchool, makeTrust, makeTrustLeader } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";
import { startWondeServer, WONDE_SCHOOL_ID, WONDE_TOKEN, type WondeServer } from "../support/wonde/server";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const sync = await import("@/app/schools/[schoolId]/people/sync/actions");

let wonde: WondeServer;
let w: {
  school: { id: string; name: string };
  otherSchool: { id: string };
  people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;
};
beforeAll(async () => {
  wonde = await startWondeServer();
  process.env.WONDE_API_URL = wonde.url;
  const trust = await makeTrust();
  const school = await makeSchool({ trustId: trust.id });
  const otherSchool = await makeSchool();
  await makeMember(otherSchool.id, "LEAD", "SENIOR_MH_LEAD");
  w = {
    school,
    otherSchool,
    people: {
      STAFF: await makeMember(school.id, "STAFF"),
      LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
      HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
      TRUST_LEADER: await makeTrustLeader(trust.id),
    },
  };
});
afterAll(() => wonde.close());

/** A joiner the recorded MIS proposes, read as the lead (the page would show it). */
async function joinerKey(email: string) {
  const lead = w.people.LEAD.id;
  const view = await syncView({
    kind: "school",
    personId: lead,
    schoolId: w.school.id,
    schoolName: w.school.name,
    role: "LEAD",
    trustId: null,
  });
  return view.proposals?.joiners.find((j) => j.email === email)?.key ?? "join:nobody@example.test";
}

// In order: the lead connects, fetches, maps a title, accepts one joiner and rejects another.
const cases: [string, (schoolId: string) => Promise<ActionResult<unknown>>][] = [
  [
    "saveWondeConnection",
    (id) => sync.saveWondeConnection(id, { wondeSchoolId: WONDE_SCHOOL_ID, token: WONDE_TOKEN }),
  ],
  ["fetchFromWonde", (id) => sync.fetchFromWonde(id, {})],
  [
    "saveRosterRoleMappings",
    (id) => sync.saveRosterRoleMappings(id, { mappings: [{ title: "Class Teacher", jobRole: "TEACHER" }] }),
  ],
  [
    "acceptRosterProposals",
    async (id) => sync.acceptRosterProposals(id, { keys: [await joinerKey("p.patel@oakfield.sch.uk")] }),
  ],
  [
    "rejectRosterProposals",
    async (id) => sync.rejectRosterProposals(id, { keys: [await joinerKey("r.singh@oakfield.sch.uk")] }),
  ],
];

const onlyTheLead: Record<Role, Outcome> = {
  STAFF: "forbidden",
  LEAD: "ok",
  HEAD: "forbidden",
  TRUST_LEADER: "not-found",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("roster sync actions as %s", (role) => {
  it.each(["own", "other"] as const)("in the %s school", async (tenant) => {
    session.personId = role === "SIGNED_OUT" ? null : w.people[role].id;
    for (const [name, call] of cases) {
      const schoolId = tenant === "own" ? w.school.id : w.otherSchool.id;
      const want = tenant === "other" && role !== "SIGNED_OUT" ? "not-found" : onlyTheLead[role];
      expect(`${name}: ${outcomeOf(await call(schoolId))}`).toBe(`${name}: ${want}`);
    }
  });
});
