// Issue 13 part 5: leads, heads and trust leaders read their own audit log, filtered by person, action
// and date, and as CSV; never another school's or trust's entries.
import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "@/lib/audit/filters";
import { auditLogCsv, readAuditLog } from "@/lib/audit/log";
import { schoolCtx } from "./support/assessment-fixtures";
import { makeMember, makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { trustCtx } from "./support/records-fixtures";

const all = auditFilterSchema.parse({});
const page = { take: 50, skip: 0 };

async function world() {
  const trust = await makeTrust();
  const a = await makeSchool({ trustId: trust.id });
  const b = await makeSchool({ trustId: trust.id });
  const lead = await makeMember(a.id, "LEAD", "SENIOR_MH_LEAD");
  const teacher = await makeMember(a.id, "STAFF", "TEACHER");
  const outsider = await makePerson({ name: "Someone Elsewhere" });
  const leader = await makeTrustLeader(trust.id);
  const at = (iso: string) => new Date(iso);
  await ownerDb().auditEvent.createMany({
    data: [
      {
        action: "invitation.created",
        schoolId: a.id,
        actorId: lead.id,
        targetId: teacher.id,
        at: at("2026-11-02T09:00:00Z"),
      },
      { action: "round.opened", schoolId: a.id, actorId: lead.id, at: at("2026-11-20T23:30:00Z") },
      { action: "responses.exported", schoolId: a.id, actorId: outsider.id, at: at("2026-11-25T10:00:00Z") },
      { action: "round.opened", schoolId: b.id, actorId: lead.id, at: at("2026-11-21T10:00:00Z") },
      {
        action: "trust-join.requested",
        trustId: trust.id,
        actorId: leader.id,
        at: at("2026-11-03T10:00:00Z"),
      },
    ],
  });
  return { trust, a, b, lead, teacher, leader, ctxA: schoolCtx(lead.id, a, "LEAD") };
}

describe("the audit log", () => {
  it("shows the school's own entries, newest first, in words, with names only of its own people", async () => {
    const { ctxA, lead, teacher } = await world();
    const log = await readAuditLog(ctxA, all, page);
    expect(log.total).toBe(3);
    expect(log.rows.map((r) => [r.actor, r.action, r.about])).toEqual([
      ["Someone outside this school", "Downloaded responses", null],
      [lead.name, "Opened a round", null],
      [lead.name, "Invited someone", teacher.name],
    ]);
    expect(log.people).toEqual([{ id: lead.id, name: lead.name }]);
  });

  it("filters by person, by action and by London days", async () => {
    const { ctxA, lead } = await world();
    const byLead = await readAuditLog(ctxA, auditFilterSchema.parse({ person: lead.id }), page);
    expect(byLead.total).toBe(2);
    const opened = await readAuditLog(ctxA, auditFilterSchema.parse({ action: "round.opened" }), page);
    expect(opened.rows.map((r) => r.action)).toEqual(["Opened a round"]);
    // 23:30 UTC on 20 November is still the 20th in London (GMT); the 21st starts after it.
    const onThe20th = await readAuditLog(
      ctxA,
      auditFilterSchema.parse({ from: "2026-11-20", to: "2026-11-20" }),
      page,
    );
    expect(onThe20th.rows.map((r) => r.action)).toEqual(["Opened a round"]);
    const fromThe21st = await readAuditLog(ctxA, auditFilterSchema.parse({ from: "2026-11-21" }), page);
    expect(fromThe21st.rows.map((r) => r.action)).toEqual(["Downloaded responses"]);
  });

  it("ignores filters that are not real, rather than failing", () => {
    expect(auditFilterSchema.parse({ action: "drop table", from: "2026-02-30", page: "-3" })).toEqual({
      person: undefined,
      action: undefined,
      from: undefined,
      to: undefined,
      page: 1,
    });
  });

  it("gives the trust leader the trust's own entries only, never a school's", async () => {
    const { trust, leader } = await world();
    const log = await readAuditLog(trustCtx(leader.id, trust), all, page);
    expect(log.rows.map((r) => [r.actor, r.action])).toEqual([
      [leader.name, "Asked a school to join the trust"],
    ]);
  });

  it("never shows another school's entries, even when asked for them by person", async () => {
    const { b, lead } = await world();
    const otherLead = await makeMember(b.id, "LEAD", "SENIOR_MH_LEAD");
    const log = await readAuditLog(
      schoolCtx(otherLead.id, b, "LEAD"),
      auditFilterSchema.parse({ person: lead.id }),
      page,
    );
    // B's own entry by that person (they acted in B): only B's rows, and A's never.
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]!.action).toBe("Opened a round");
    expect(log.rows[0]!.actor).toBe("Someone outside this school");
  });

  it("downloads the filtered log as CSV", async () => {
    const { ctxA, lead } = await world();
    const csv = await auditLogCsv(ctxA, auditFilterSchema.parse({ person: lead.id }));
    expect(csv.filename).toMatch(/^audit-log-.+-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.trim().split("\r\n");
    expect(lines[0]).toBe("at_utc,london_day,who,what,about");
    expect(lines.slice(1)).toEqual([
      `2026-11-20T23:30:00.000Z,2026-11-20,${lead.name},Opened a round,`,
      `2026-11-02T09:00:00.000Z,2026-11-02,${lead.name},Invited someone,Test Person`,
    ]);
  });
});
