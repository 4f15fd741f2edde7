// A person's own data (decision 0041): the download holds everything about them and nothing of
// anyone else's; erasure needs the typed address, keeps every figure, and afterwards nothing in the
// database names them or links an answer to them (a scan of every row of every table).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  answerEverything,
  openTestRound,
  schoolWithStaff,
  type StaffMember,
} from "./support/assessment-fixtures";
import { makeMember, ownerDb } from "./support/fixtures";
import { submitResponse } from "@/lib/assessment/queries";
import { assertSessionCurrent, SessionEnded } from "@/lib/auth/session-version";
import { personalData } from "@/lib/privacy/personal-data";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { eraseAccount } = await import("@/app/account/data/actions");

async function submit(s: StaffMember, roundId: string, rating: number, comment?: string) {
  const { view } = await answerEverything(s.ctx, roundId, rating);
  // Answers are read-only once submitted (a trigger), so a comment goes in before.
  if (comment)
    await ownerDb().answer.updateMany({
      where: { response: { roundId, personId: s.id } },
      data: { comment },
    });
  await submitResponse(s.ctx, {
    roundId,
    frameworkVersionId: view.frameworkVersionId,
    submitKey: randomUUID(),
  });
}

/** Every row of every table in which the text appears (as the owner, past row-level security). */
async function rowsContaining(needle: string): Promise<Record<string, number>> {
  const db = ownerDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`;
  const found: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${name}" t WHERE position(lower($1) in lower(row_to_json(t)::text)) > 0`,
      needle,
    );
    if (Number(row!.n) > 0) found[name] = Number(row!.n);
  }
  return found;
}

async function figures(roundIds: string[]) {
  const db = ownerDb();
  return Promise.all(
    roundIds.map(async (roundId) => ({
      competencies: await db.roundCompetencyRollup.findMany({
        where: { roundId },
        orderBy: { competencyCode: "asc" },
      }),
      tiers: await db.roundTierRollup.findMany({ where: { roundId }, orderBy: { tier: "asc" } }),
      summary: await db.roundSummary.findUnique({ where: { roundId } }),
      responses: await db.response.count({ where: { roundId } }),
      answers: await db.answer.count({ where: { response: { roundId } } }),
    })),
  );
}

let world: {
  school: { id: string; name: string };
  person: StaffMember & { name: string };
  named: string;
  confidential: string;
  otherComment: string;
};

beforeAll(async () => {
  const { school, lead, staff } = await schoolWithStaff([
    "TEACHER",
    "TEACHER",
    "FORM_TUTOR",
    "ELSA",
    "TEACHER",
    "SENCO",
  ]);
  const db = ownerDb();
  const name = `Zebedee Quartermaine ${randomUUID().slice(0, 6)}`;
  const p = staff[0]!;
  await db.person.update({ where: { id: p.id }, data: { name } });
  const named = (await openTestRound(lead, { title: "Named round", mode: "NAMED" })).id;
  const confidential = (await openTestRound(lead, { title: "Confidential round", mode: "CONFIDENTIAL" })).id;
  // Someone else's comment, which the download must never carry.
  const otherComment = `colleague-comment-${randomUUID()}`;
  for (const [i, s] of staff.entries()) {
    await submit(s, named, (i + 1) % 5, i === 0 ? "My own comment" : i === 1 ? otherComment : undefined);
    await submit(s, confidential, i % 5);
  }
  await db.trainingRecord.create({
    data: {
      schoolId: school.id,
      personId: p.id,
      externalTitle: "Youth mental health first aid",
      completedOn: new Date("2026-01-15"),
      hours: 6,
      recordedById: lead.personId,
    },
  });
  await db.notification.create({
    data: { schoolId: school.id, personId: p.id, message: "Please answer the round.", roundId: named },
  });
  await db.invitation.create({
    data: {
      schoolId: school.id,
      email: p.email,
      name,
      role: "STAFF",
      jobRole: "TEACHER",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
      acceptedAt: new Date(),
      invitedById: lead.personId,
    },
  });
  await db.auditEvent.create({
    data: {
      actorId: lead.personId,
      action: "invitation.created",
      schoolId: school.id,
      targetId: randomUUID(),
      detail: { email: p.email, role: "STAFF" },
    },
  });
  await db.auditEvent.create({
    data: { actorId: lead.personId, action: "membership.role-changed", schoolId: school.id, targetId: p.id },
  });
  world = { school, person: { ...p, name }, named, confidential, otherComment };
});

describe("downloading everything Harbour holds about you", () => {
  it("holds the account, memberships, named and confidential answers, training, notifications and audit events; nobody else's", async () => {
    const data = await personalData(world.person.id);
    expect(data.account).toMatchObject({
      id: world.person.id,
      email: world.person.email,
      name: world.person.name,
    });
    expect(data.memberships).toEqual([expect.objectContaining({ school: world.school.name, role: "STAFF" })]);
    expect(data.namedResponses).toHaveLength(1);
    expect(data.namedResponses[0]!.round).toBe("Named round");
    expect(data.namedResponses[0]!.answers.length).toBeGreaterThan(0);
    expect(data.namedResponses[0]!.answers.every((a) => a.comment === "My own comment")).toBe(true);
    expect(data.confidentialResponses).toHaveLength(1);
    expect(data.confidentialResponses[0]!.status).toBe("submitted");
    expect(data.trainingRecords).toEqual([
      expect.objectContaining({ training: "Youth mental health first aid", completedOn: "2026-01-15" }),
    ]);
    expect(data.notifications.map((n) => n.message)).toEqual(["Please answer the round."]);
    expect(data.auditEvents.map((e) => e.action)).toEqual(
      expect.arrayContaining(["invitation.created", "membership.role-changed"]),
    );
    const text = JSON.stringify(data);
    expect(text).not.toContain(world.otherComment);
    expect(text).not.toContain("passwordHash");
    const logged = await ownerDb().auditEvent.count({
      where: { schoolId: world.school.id, action: "account.data-downloaded", actorId: world.person.id },
    });
    expect(logged).toBe(1);
  });

  it("is a JSON attachment from the route, and sends the signed-out to sign in", async () => {
    const { POST } = await import("@/app/account/data/download/route");
    session.personId = null;
    expect((await POST()).status).toBe(303);
    session.personId = world.person.id;
    const res = await POST();
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="harbour-my-data-/);
    expect((await res.json()).account.email).toBe(world.person.email);
  });
});

describe("erasing your account", () => {
  it("asks for the typed address: a wrong one changes nothing", async () => {
    session.personId = world.person.id;
    const before = await rowsContaining(world.person.id);
    const out = await eraseAccount({ email: "someone.else@example.test" });
    expect(out).toMatchObject({ ok: false, code: "invalid" });
    if (!out.ok) expect(out.fieldErrors?.email?.[0]).toMatch(/email address/);
    expect(await rowsContaining(world.person.id)).toEqual(before);
  });

  it("keeps every figure and answer, and afterwards nothing names the person or links an answer to them", async () => {
    const db = ownerDb();
    const rounds = [world.named, world.confidential];
    const before = await figures(rounds);
    const { sessionVersion } = await db.person.findUniqueOrThrow({ where: { id: world.person.id } });
    session.personId = world.person.id;
    expect(await eraseAccount({ email: `  ${world.person.email.toUpperCase()} ` })).toEqual({
      ok: true,
      data: { erased: true },
    });
    expect(await figures(rounds)).toEqual(before);

    expect(await rowsContaining(world.person.email)).toEqual({});
    expect(await rowsContaining(world.person.name)).toEqual({});
    // The id survives only as "who did this / to whom" in the audit log, where it names no one.
    expect(Object.keys(await rowsContaining(world.person.id))).toEqual(["AuditEvent"]);
    expect(await db.person.findUnique({ where: { id: world.person.id } })).toBeNull();
    expect(await db.response.count({ where: { roundId: world.named, personId: null } })).toBe(1);
    // CONFIDENTIAL responses never named anyone (decision 0045).
    expect(await db.response.count({ where: { roundId: world.confidential, personId: { not: null } } })).toBe(
      0,
    );

    await expect(
      assertSessionCurrent({ personId: world.person.id, sessionVersion, signedInAt: Date.now() / 1000 }, 12),
    ).rejects.toBeInstanceOf(SessionEnded);
    const erased = await db.auditEvent.findMany({
      where: { schoolId: world.school.id, action: "account.erased" },
    });
    expect(erased).toHaveLength(1);
    expect(erased[0]!.actorId).toBeNull();
    expect(erased[0]!.targetId).toBeNull();
    // A second try finds no account.
    expect(await eraseAccount({ email: world.person.email })).toMatchObject({ ok: false });
  });

  it("is refused to a school's only lead, with nothing changed", async () => {
    const { school, lead } = await schoolWithStaff(["TEACHER"]);
    const person = await ownerDb().person.findUniqueOrThrow({ where: { id: lead.personId } });
    session.personId = lead.personId;
    const out = await eraseAccount({ email: person.email });
    expect(out).toMatchObject({ ok: false, code: "conflict" });
    if (!out.ok) expect(out.message).toContain(school.name);
    expect(await ownerDb().membership.count({ where: { personId: lead.personId } })).toBe(1);
    // With a second lead, the first may go.
    await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    expect(await eraseAccount({ email: person.email })).toMatchObject({ ok: true });
  });

  it("refuses the signed-out", async () => {
    session.personId = null;
    expect(await eraseAccount({ email: "x@example.test" })).toMatchObject({ ok: false, code: "signed_out" });
  });
});
