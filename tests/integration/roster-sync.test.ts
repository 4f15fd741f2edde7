// Roster sync against recorded Wonde responses served over real HTTP by a local server, with a real
// Postgres under row-level security: fetching every page, proposals, mapping titles, accepting all
// or nothing, rejections that stay rejected, failures that change nothing, and another school.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { acceptProposals, rejectProposals } from "@/lib/roster-sync/apply";
import { fetchAndPropose, saveConnection, saveRoleMappings, syncView } from "@/lib/roster-sync/queries";
import type { SyncProposals } from "@/lib/roster-sync/diff";
import { schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";
import {
  BROKEN_PAGE_SCHOOL_ID,
  RATE_LIMITED_SCHOOL_ID,
  recordedPages,
  startWondeServer,
  WONDE_SCHOOL_ID,
  WONDE_TOKEN,
  type WondeServer,
} from "../support/wonde/server";

let wonde: WondeServer;
beforeAll(async () => {
  wonde = await startWondeServer();
  // Configuration is read once per test file, on first use: set before anything reads it.
  process.env.WONDE_API_URL = wonde.url;
});
afterAll(() => wonde.close());

const at = (name: string) => `${name}@oakfield.sch.uk`;

/** A school whose Harbour people overlap the recorded MIS: one stays, one changed role, two left. */
async function oakfield() {
  const school = await makeSchool();
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const ctx = schoolCtx(lead.id, school, "LEAD");
  for (const [email, name] of [
    [at("j.smith"), "Jane Smith"],
    [at("a.khan"), "Amir Khan"],
    [at("o.ade"), "Olu Ade"],
    ["gone@oakfield.sch.uk", "Gwen Gone"],
  ] as const)
    await makeMember(school.id, "STAFF", "TEACHER", await makePerson({ email, name }));
  await saveConnection(ctx, { wondeSchoolId: WONDE_SCHOOL_ID, token: WONDE_TOKEN });
  return { school, ctx };
}

const keysOf = (p: SyncProposals) => [...p.joiners, ...p.leavers, ...p.changes].map((x) => x.key);
const membersOf = async (schoolId: string) =>
  (
    await ownerDb().membership.findMany({
      where: { schoolId },
      include: { person: true },
      orderBy: { person: { email: "asc" } },
    })
  ).map((m) => [m.person.email, m.jobRole]);

describe("the Wonde connection", () => {
  it("keeps the token sealed, shows only its last four characters, and keeps it when left blank", async () => {
    const { school, ctx } = await oakfield();
    const row = await ownerDb().wondeConnection.findUniqueOrThrow({ where: { schoolId: school.id } });
    expect(row.tokenSealed).not.toContain(WONDE_TOKEN);
    expect(row.tokenSealed).not.toContain(Buffer.from(WONDE_TOKEN).toString("base64url"));
    expect(row.tokenEnd).toBe(WONDE_TOKEN.slice(-4));
    const view = await syncView(ctx);
    expect(view.connection).toEqual({
      wondeSchoolId: WONDE_SCHOOL_ID,
      tokenEnd: WONDE_TOKEN.slice(-4),
      updatedAt: expect.any(Date),
    });
    expect(JSON.stringify(view)).not.toContain(WONDE_TOKEN);
    await saveConnection(ctx, { wondeSchoolId: WONDE_SCHOOL_ID, token: "" });
    expect((await fetchAndPropose(ctx)).staffCount).toBe(8);
  });

  it("asks for a token when there is none yet", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const ctx = schoolCtx(lead.id, school, "LEAD");
    await expect(saveConnection(ctx, { wondeSchoolId: WONDE_SCHOOL_ID, token: "" })).rejects.toMatchObject({
      fieldErrors: { token: ["Enter the token Wonde gave your school."] },
    });
  });
});

describe("a roster sync", () => {
  it("fetches every page with the token, then proposes in words and asks about what it cannot decide", async () => {
    const { ctx } = await oakfield();
    const before = wonde.requests.length;
    const p = await fetchAndPropose(ctx);
    const pages = wonde.requests.slice(before);
    expect(pages.map((r) => new URL(r.path, "http://x").searchParams.get("page") ?? "1")).toEqual([
      "1",
      "2",
      "3",
    ]);
    expect(pages.every((r) => r.authorised && !r.path.includes(WONDE_TOKEN))).toBe(true);
    // Olu Ade is no longer current in the MIS: a leaver, like Gwen who is not listed at all.
    expect(p.leavers.map((l) => l.email)).toEqual(["gone@oakfield.sch.uk", at("o.ade")]);
    expect(p.changes.map((c) => [c.email, c.from, c.to])).toEqual([
      [at("a.khan"), "TEACHER", "TEACHING_ASSISTANT"],
    ]);
    expect(p.joiners.map((j) => [j.email, j.jobRole])).toEqual([
      [at("p.patel"), "TEACHER"],
      [at("r.singh"), "TEACHING_ASSISTANT"],
    ]);
    expect(p.problems.map((x) => [x.name, x.kind])).toEqual([
      ["Jane Smith", "unmapped_title"],
      ["Kim Lee", "duplicate_email"],
      ["Pat Jones", "duplicate_email"],
      ["Sam Green", "unmapped_title"],
      ["Tom Brown", "no_email"],
    ]);
    expect(p.titles.filter((t) => !t.jobRole).map((t) => [t.title, t.suggestion])).toEqual([
      ["Class Teacher", "TEACHER"],
      ["Cover Supervisor", "SUPPORT_STAFF"],
    ]);
  });

  it("after the titles are mapped, accepting everything applies it in one go, and syncing again proposes nothing", async () => {
    const { school, ctx } = await oakfield();
    await fetchAndPropose(ctx);
    await saveRoleMappings(ctx, [
      { title: "Class Teacher", jobRole: "TEACHER" },
      { title: "Cover Supervisor", jobRole: "SUPPORT_STAFF" },
    ]);
    const p = (await syncView(ctx)).proposals!;
    expect(p.joiners.map((j) => j.email)).toContain(at("s.green"));
    const done = await acceptProposals(ctx, keysOf(p));
    expect(done).toMatchObject({ joined: 3, left: 2, changed: 1 });
    expect(done.invitations.every((i) => i.link)).toBe(true);
    const invites = await ownerDb().invitation.findMany({
      where: { schoolId: school.id },
      orderBy: { email: "asc" },
    });
    expect(invites.map((i) => [i.email, i.name, i.jobRole, i.role])).toEqual([
      [at("p.patel"), "Priya Patel", "TEACHER", "STAFF"],
      [at("r.singh"), "Ravi Singh", "TEACHING_ASSISTANT", "STAFF"],
      [at("s.green"), "Sam Green", "SUPPORT_STAFF", "STAFF"],
    ]);
    const members = await membersOf(school.id);
    expect(members).toContainEqual([at("a.khan"), "TEACHING_ASSISTANT"]);
    expect(members.map(([e]) => e)).not.toContain(at("o.ade"));
    const again = await fetchAndPropose(ctx);
    expect(keysOf(again)).toEqual([]);
  });

  it("writes nothing when any chosen proposal no longer holds", async () => {
    const { school, ctx } = await oakfield();
    const p = await fetchAndPropose(ctx);
    const before = await membersOf(school.id);
    // Someone else removes a leaver in the meantime.
    const gone = await ownerDb().membership.findFirstOrThrow({
      where: { schoolId: school.id, person: { email: "gone@oakfield.sch.uk" } },
    });
    await ownerDb().membership.delete({ where: { id: gone.id } });
    await expect(acceptProposals(ctx, keysOf(p))).rejects.toMatchObject({ kind: "stale" });
    expect(await ownerDb().invitation.count({ where: { schoolId: school.id } })).toBe(0);
    expect(await membersOf(school.id)).toEqual(before.filter(([e]) => e !== "gone@oakfield.sch.uk"));
  });

  it("rolls back the invitations already written when a later step fails", async () => {
    const { school, ctx } = await oakfield();
    const p = await fetchAndPropose(ctx);
    const before = await membersOf(school.id);
    // A removal that fails inside the database, after the joiners' invitations were written.
    const fn = `refuse_delete_${school.id.replace(/[^a-z0-9]/gi, "")}`;
    await ownerDb().$executeRawUnsafe(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF OLD."schoolId" = '${school.id}' THEN RAISE EXCEPTION 'refused'; END IF; RETURN OLD; END $$`,
    );
    await ownerDb().$executeRawUnsafe(
      `CREATE TRIGGER ${fn} BEFORE DELETE ON "Membership" FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      await expect(acceptProposals(ctx, keysOf(p))).rejects.toThrow(/refused/);
    } finally {
      await ownerDb().$executeRawUnsafe(`DROP TRIGGER ${fn} ON "Membership"`);
      await ownerDb().$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    expect(await ownerDb().invitation.count({ where: { schoolId: school.id } })).toBe(0);
    expect(await membersOf(school.id)).toEqual(before);
  });

  it("accepts only the chosen proposals", async () => {
    const { school, ctx } = await oakfield();
    const p = await fetchAndPropose(ctx);
    await acceptProposals(ctx, [p.changes[0]!.key]);
    expect(await ownerDb().invitation.count({ where: { schoolId: school.id } })).toBe(0);
    expect(await membersOf(school.id)).toContainEqual([at("a.khan"), "TEACHING_ASSISTANT"]);
    expect(keysOf((await syncView(ctx)).proposals!)).toEqual(
      keysOf(p).filter((k) => k !== p.changes[0]!.key),
    );
  });

  it("a rejected proposal stays away until Wonde's data for that person changes", async () => {
    const { ctx } = await oakfield();
    const p = await fetchAndPropose(ctx);
    const patel = p.joiners.find((j) => j.email === at("p.patel"))!;
    expect(await rejectProposals(ctx, [patel.key])).toEqual({ rejected: 1 });
    expect((await fetchAndPropose(ctx)).joiners.map((j) => j.email)).not.toContain(at("p.patel"));
    const pages = recordedPages() as { data: { id: string; roles: { data: { role: string }[] } }[] }[];
    pages[0]!.data.find((e) => e.id === "A500000003")!.roles.data = [{ role: "Teaching Assistant" }];
    wonde.setPages(pages);
    try {
      const changed = await fetchAndPropose(ctx);
      expect(changed.joiners.find((j) => j.email === at("p.patel"))?.jobRole).toBe("TEACHING_ASSISTANT");
    } finally {
      wonde.setPages(recordedPages());
    }
  });

  it("never proposes removing the lead running it", async () => {
    const { ctx } = await oakfield();
    const p = await fetchAndPropose(ctx);
    const lead = await ownerDb().person.findUniqueOrThrow({ where: { id: ctx.personId } });
    expect(p.leavers.map((l) => l.email)).not.toContain(lead.email);
  });
});

describe("a failed fetch", () => {
  async function failing(wondeSchoolId: string, token = WONDE_TOKEN) {
    const { school, ctx } = await oakfield();
    await fetchAndPropose(ctx);
    const before = await ownerDb().rosterSync.findUniqueOrThrow({ where: { schoolId: school.id } });
    // Same Wonde school keeps the last fetch; only the token or a failing id changes.
    await ownerDb().wondeConnection.update({ where: { schoolId: school.id }, data: { wondeSchoolId } });
    if (token !== WONDE_TOKEN) await saveConnection(ctx, { wondeSchoolId, token });
    const error = await fetchAndPropose(ctx).then(
      () => null,
      (e: Error) => e,
    );
    const after = await ownerDb().rosterSync.findUnique({ where: { schoolId: school.id } });
    return { error, before, after };
  }

  it.each([
    ["a refused token", WONDE_SCHOOL_ID, "wrong-token-0000", /Wonde refused the token/],
    ["a school Wonde does not know", "A9999999999", WONDE_TOKEN, /does not know that school ID/],
    ["too many requests", RATE_LIMITED_SCHOOL_ID, WONDE_TOKEN, /limiting requests/],
    ["a page that is not JSON", BROKEN_PAGE_SCHOOL_ID, WONDE_TOKEN, /could not read/],
  ])("%s is one clear sentence and changes nothing", async (_what, id, token, message) => {
    const { error, before, after } = await failing(id, token);
    expect(error?.message).toMatch(message);
    expect(error?.message).toMatch(/Nothing was changed\.$/);
    expect(error?.message).not.toContain(token);
    if (after) expect(after.createdAt).toEqual(before.createdAt);
  });

  it("an unreachable Wonde is said in words", async () => {
    const closed = await startWondeServer();
    await closed.close();
    const { fetchWondeStaff } = await import("@/lib/roster-sync/wonde-client");
    await expect(
      fetchWondeStaff({ apiUrl: closed.url, wondeSchoolId: WONDE_SCHOOL_ID, token: WONDE_TOKEN }),
    ).rejects.toThrow(/could not reach Wonde.*Nothing was changed\./);
  });
});

describe("another school", () => {
  it("cannot see, accept or reject this school's sync, and row-level security hides its rows", async () => {
    const a = await oakfield();
    const p = await fetchAndPropose(a.ctx);
    const other = await makeSchool();
    const otherLead = await makeMember(other.id, "LEAD", "SENIOR_MH_LEAD");
    const ctxB = schoolCtx(otherLead.id, other, "LEAD");
    expect(await syncView(ctxB)).toEqual({ connection: null, lastFetchedAt: null, proposals: null });
    await expect(acceptProposals(ctxB, keysOf(p))).rejects.toMatchObject({ kind: "conflict" });
    await expect(rejectProposals(ctxB, keysOf(p))).rejects.toMatchObject({ kind: "conflict" });
    await expect(fetchAndPropose(ctxB)).rejects.toMatchObject({ kind: "conflict" });
    const seen = await withScope({ personId: otherLead.id, schoolId: other.id }, async (tx) => [
      await tx.wondeConnection.count(),
      await tx.rosterSync.count(),
      await tx.rosterRoleMapping.count(),
      await tx.rosterSyncRejection.count(),
    ]);
    expect(seen).toEqual([0, 0, 0, 0]);
    await expect(
      withScope({ personId: otherLead.id, schoolId: other.id }, (tx) =>
        tx.rosterRoleMapping.create({
          data: { schoolId: a.school.id, titleKey: "x", title: "X", jobRole: "TEACHER" },
        }),
      ),
    ).rejects.toThrow();
    expect(await membersOf(a.school.id)).toHaveLength(5);
  });
});
