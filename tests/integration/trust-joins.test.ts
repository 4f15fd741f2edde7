import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { acceptAsNewAccount } from "@/lib/people/accept-invitation";
import { loadSchoolContext, loadTrustContext } from "@/lib/tenancy/context";
import { addSchoolByUrn, decideJoin, schoolJoinRequests, trustJoinRequests } from "@/lib/trust-joins/queries";
import { makeMember, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { makeRegisterSchool } from "./support/register-fixtures";

const PASSWORD = "a sensible long passphrase";

async function trustLeader() {
  const trust = await makeTrust();
  const leader = await makeTrustLeader(trust.id);
  const ctx = (await loadTrustContext(leader.id, trust.id))!;
  return { trust, leader, ctx };
}

const refusalOf = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

const head = { headName: "Hannah Head", headEmail: "" };

/** A new register school added by a trust leader, and its head's account made from the invitation. */
async function addedAndHeadJoined() {
  const t = await trustLeader();
  const entry = await makeRegisterSchool();
  const email = `head-${entry.urn}@school${entry.urn}.example`;
  const added = await addSchoolByUrn(t.ctx, { urn: entry.urn, ...head, headEmail: email });
  const token = added.invitation!.link!.split("/invitations/")[1]!;
  await acceptAsNewAccount({ token, name: "Hannah Head", password: PASSWORD, confirmPassword: PASSWORD });
  const school = await ownerDb().school.findUniqueOrThrow({ where: { urn: entry.urn } });
  const person = await ownerDb().person.findFirstOrThrow({ where: { email } });
  const headCtx = (await loadSchoolContext(person.id, school.id))!;
  return { ...t, entry, school, headCtx, added };
}

describe("a trust leader adds a school from the register", () => {
  it("makes a new school from the register with no trust, invites its head and records one pending request", async () => {
    const { trust, entry, school, headCtx, added } = await addedAndHeadJoined();
    expect(added).toMatchObject({ schoolName: entry.name, created: true });
    expect(school).toMatchObject({
      name: entry.name,
      phase: "PRIMARY",
      laCode: "990",
      laName: "Riverside (demo)",
      trustId: null,
    });
    expect(headCtx.role).toBe("HEAD");
    const requests = await ownerDb().trustJoinRequest.findMany({ where: { schoolId: school.id } });
    expect(requests).toMatchObject([{ trustId: trust.id, status: "PENDING", createdSchool: true }]);
    const events = await ownerDb().auditEvent.findMany({
      where: { schoolId: school.id, action: "trust-join.requested" },
    });
    expect(events).toHaveLength(1);
  });

  it("joins the trust only when the head accepts, in the same transaction as the decision", async () => {
    const { trust, ctx, school, headCtx } = await addedAndHeadJoined();
    const [waiting] = await schoolJoinRequests(headCtx);
    expect(waiting).toMatchObject({ trustName: trust.name });
    const result = await decideJoin(headCtx, { requestId: waiting!.id, decision: "ACCEPT" });
    expect(result.status).toBe("ACCEPTED");
    expect((await ownerDb().school.findUniqueOrThrow({ where: { id: school.id } })).trustId).toBe(trust.id);
    expect((await trustJoinRequests(ctx))[0]).toMatchObject({ status: "ACCEPTED", schoolName: school.name });
    await expect(decideJoin(headCtx, { requestId: waiting!.id, decision: "DECLINE" })).rejects.toThrow(
      /already been answered/,
    );
  });

  it("records a decline, which the trust leader sees, and leaves the school out of the trust", async () => {
    const { ctx, school, headCtx } = await addedAndHeadJoined();
    const [waiting] = await schoolJoinRequests(headCtx);
    await decideJoin(headCtx, { requestId: waiting!.id, decision: "DECLINE" });
    expect((await ownerDb().school.findUniqueOrThrow({ where: { id: school.id } })).trustId).toBeNull();
    expect((await trustJoinRequests(ctx))[0]!.status).toBe("DECLINED");
    expect(
      await ownerDb().auditEvent.count({ where: { schoolId: school.id, action: "trust-join.declined" } }),
    ).toBe(1);
  });

  it("asks a school already in Harbour without a trust, without making or inviting anything", async () => {
    const { ctx } = await trustLeader();
    const entry = await makeRegisterSchool();
    const school = await ownerDb().school.create({
      data: { name: entry.name, urn: entry.urn, phase: "PRIMARY" },
    });
    const invitationsBefore = await ownerDb().invitation.count({ where: { schoolId: school.id } });
    const added = await addSchoolByUrn(ctx, { urn: entry.urn, headName: "", headEmail: "" });
    expect(added).toEqual({ schoolName: entry.name, created: false, invitation: null });
    expect(await ownerDb().invitation.count({ where: { schoolId: school.id } })).toBe(invitationsBefore);
    expect(
      await ownerDb().trustJoinRequest.count({ where: { schoolId: school.id, status: "PENDING" } }),
    ).toBe(1);
  });

  it("refuses, beside the URN, a URN not in the register, a closed school, its own school, another trust's and a second ask", async () => {
    const { trust, ctx } = await trustLeader();
    const other = await makeTrust();
    const missing = await refusalOf(addSchoolByUrn(ctx, { urn: "000001", ...head }));
    expect(missing.fieldErrors?.urn?.[0]).toMatch(/no school with URN 000001 in the register/);
    const closed = await makeRegisterSchool({ statusName: "Closed" });
    expect((await refusalOf(addSchoolByUrn(ctx, { urn: closed.urn, ...head }))).message).toMatch(/as closed/);
    for (const [trustId, words] of [
      [trust.id, /already in this trust/],
      [other.id, /belongs to another trust in Harbour\.$/],
    ] as const) {
      const entry = await makeRegisterSchool();
      await ownerDb().school.create({
        data: { name: entry.name, urn: entry.urn, phase: "PRIMARY", trustId },
      });
      expect(
        (await refusalOf(addSchoolByUrn(ctx, { urn: entry.urn, ...head }))).fieldErrors?.urn?.[0],
      ).toMatch(words);
    }
    const entry = await makeRegisterSchool();
    await addSchoolByUrn(ctx, { urn: entry.urn, headName: "H", headEmail: "h@example.test" });
    expect((await refusalOf(addSchoolByUrn(ctx, { urn: entry.urn, ...head }))).message).toMatch(
      /already asked/,
    );
  });

  it("asks for the head's name and email for a new school, and writes nothing without them", async () => {
    const { ctx } = await trustLeader();
    const entry = await makeRegisterSchool();
    const refusal = await refusalOf(addSchoolByUrn(ctx, { urn: entry.urn, headName: "", headEmail: "" }));
    expect(Object.keys(refusal.fieldErrors ?? {}).sort()).toEqual(["headEmail", "headName"]);
    expect(await ownerDb().school.count({ where: { urn: entry.urn } })).toBe(0);
    expect(await ownerDb().trustJoinRequest.count({ where: { trustId: ctx.trustId } })).toBe(0);
  });
});

describe("trust join requests under row-level security", () => {
  it("lets only the school's head accept: the lead, another school's head and the trust cannot", async () => {
    const { ctx, school, headCtx } = await addedAndHeadJoined();
    const [waiting] = await schoolJoinRequests(headCtx);
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const leadCtx = (await loadSchoolContext(lead.id, school.id))!;
    // The app's permission check comes first; underneath it, the policy refuses a lead's decision.
    await expect(decideJoin(leadCtx, { requestId: waiting!.id, decision: "ACCEPT" })).rejects.toThrow(
      /already been answered/,
    );
    const elsewhere = await makeSchool();
    const otherHead = await makeMember(elsewhere.id, "HEAD", "SENIOR_LEADER");
    const otherCtx = (await loadSchoolContext(otherHead.id, elsewhere.id))!;
    await expect(decideJoin(otherCtx, { requestId: waiting!.id, decision: "ACCEPT" })).rejects.toThrow(
      /not found/,
    );
    // A trust leader writing the school's trust directly is refused by the policy.
    await withScope({ personId: ctx.personId, trustId: ctx.trustId }, (tx) =>
      tx.school.updateMany({ where: { id: school.id }, data: { trustId: ctx.trustId } }),
    );
    // Even in the school's own scope, the trust changes only with an accepted request.
    await expect(
      withScope({ personId: headCtx.personId, schoolId: school.id }, (tx) =>
        tx.school.update({ where: { id: school.id }, data: { trustId: ctx.trustId } }),
      ),
    ).rejects.toThrow();
    expect((await ownerDb().school.findUniqueOrThrow({ where: { id: school.id } })).trustId).toBeNull();
    expect((await ownerDb().trustJoinRequest.findUniqueOrThrow({ where: { id: waiting!.id } })).status).toBe(
      "PENDING",
    );
  });

  it("shows the trust nothing of a pending school's people, and trust A nothing of trust B's requests", async () => {
    const { ctx, school, headCtx } = await addedAndHeadJoined();
    await makeMember(school.id, "STAFF", "TEACHER");
    const scope = { personId: ctx.personId, trustId: ctx.trustId };
    const seen = await withScope(scope, async (tx) => ({
      members: await tx.membership.count({ where: { schoolId: school.id } }),
      invitations: await tx.invitation.count({ where: { schoolId: school.id, role: { not: "HEAD" } } }),
    }));
    expect(seen).toEqual({ members: 0, invitations: 0 });
    const b = await trustLeader();
    expect(await trustJoinRequests(b.ctx)).toEqual([]);
    const [waiting] = await schoolJoinRequests(headCtx);
    const fromB = await withScope({ personId: b.leader.id, trustId: b.trust.id }, (tx) =>
      tx.trustJoinRequest.updateMany({ where: { id: waiting!.id }, data: { status: "ACCEPTED" } }),
    );
    expect(fromB.count).toBe(0);
  });

  it("refuses a trust leader's school made without their own request, or given a trust, or invitations other than its head", async () => {
    const { trust, leader } = await trustLeader();
    const entry = await makeRegisterSchool();
    const scope = { personId: leader.id, trustId: trust.id };
    await expect(
      withScope(
        scope,
        (tx) =>
          tx.$executeRaw`INSERT INTO "School" (id, name, urn, phase) VALUES ('x-' || ${entry.urn}, 'X', ${entry.urn}, 'PRIMARY')`,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withScope(scope, async (tx) => {
        const id = `y-${entry.urn}`;
        await tx.trustJoinRequest.create({
          data: {
            id: `r-${entry.urn}`,
            trustId: trust.id,
            schoolId: id,
            createdSchool: true,
            requestedById: leader.id,
          },
        });
        await tx.$executeRaw`INSERT INTO "School" (id, name, urn, phase, "trustId") VALUES (${id}, 'Y', ${entry.urn}, 'PRIMARY', ${trust.id})`;
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerDb().school.count({ where: { urn: entry.urn } })).toBe(0);
  });
});
