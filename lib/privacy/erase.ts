import "server-only";
// Erasure of one's own account (decision 0041), in one transaction: the person's responses stay for
// the school's figures but are linked to no one (the foreign key sets them null), everything else of
// theirs goes, their address leaves the audit log and invitations, and their sessions end (the
// session check finds no account). Audited in each school and trust, by no one.
import { audit } from "../audit/record";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { rolesWith } from "../permissions";

const PEOPLE_MANAGERS = rolesWith("people:manage");
const TRUST_MANAGERS = rolesWith("trust:invite-leaders");

/** A school or trust must keep someone who can manage its people; the person hands over first. */
async function refuseLastLeader(
  tx: Tx,
  personId: string,
  m: { schoolId: string | null; trustId: string | null; role: string },
  place: string,
) {
  const managers = m.schoolId ? PEOPLE_MANAGERS : TRUST_MANAGERS;
  if (!managers.includes(m.role as never)) return;
  const others = await tx.membership.count({
    where: m.schoolId
      ? { schoolId: m.schoolId, role: { in: managers }, personId: { not: personId } }
      : { trustId: m.trustId, role: { in: managers }, personId: { not: personId } },
  });
  if (others === 0)
    throw new UserError(
      `You are the only person who can manage ${place}'s people. Appoint someone else first, then erase your account.`,
      "conflict",
    );
}

export async function eraseAccount(personId: string, input: { email: string }): Promise<{ erased: true }> {
  return withScope({ personId }, async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { email: true } });
    if (!person) throw new UserError("That account has already been erased.", "not_found");
    if (input.email !== person.email)
      throw new UserError("That is not your email address.", "validation", {
        email: ["Type the email address you sign in with."],
      });
    if (await tx.operator.findUnique({ where: { personId } }))
      throw new UserError(
        "This account runs this Harbour server. Add another operator, then ask them to remove you.",
        "conflict",
      );

    const memberships = await tx.membership.findMany({
      where: { personId },
      include: { school: { select: { name: true } }, trust: { select: { name: true } } },
    });
    for (const m of memberships) {
      await setScope(tx, { personId, schoolId: m.schoolId ?? "", trustId: m.trustId ?? "" });
      await refuseLastLeader(tx, personId, m, m.school?.name ?? m.trust?.name ?? "this place");
    }

    // Participation, not Response: a CONFIDENTIAL response names no one (decision 0045).
    const responses = await tx.participation.findMany({
      where: { personId },
      select: { schoolId: true },
      distinct: ["schoolId"],
    });
    const schools = [
      ...new Set([
        ...memberships.flatMap((m) => (m.schoolId ? [m.schoolId] : [])),
        ...responses.map((r) => r.schoolId),
      ]),
    ];
    for (const schoolId of schools) {
      await setScope(tx, { personId, schoolId, trustId: "" });
      // The school's plans keep their other attendees; a person who is gone attends nothing.
      await tx.planAttendee.deleteMany({ where: { personId, schoolId } });
      await tx.invitation.deleteMany({ where: { email: person.email, schoolId } });
      // In the school's own scope, so the triggers recount its rounds' "asked" figures there.
      await tx.membership.deleteMany({ where: { personId, schoolId } });
      await audit(tx, { actorId: null, action: "account.erased", schoolId });
    }
    for (const m of memberships.filter((x) => x.trustId)) {
      await setScope(tx, { personId, schoolId: "", trustId: m.trustId! });
      await tx.invitation.deleteMany({ where: { email: person.email, trustId: m.trustId } });
      await tx.membership.deleteMany({ where: { personId, trustId: m.trustId } });
      await audit(tx, { actorId: null, action: "account.erased", trustId: m.trustId });
    }
    await setScope(tx, { personId, schoolId: "", trustId: "" });
    // Invitations to the address elsewhere (a school that invited them and they never joined).
    await tx.invitation.deleteMany({ where: { email: person.email } });
    // The address out of the audit events that carry it, each in its own school's or trust's scope
    // (the event stays readable there once changed, which row-level security checks).
    const carrying = await tx.auditEvent.findMany({
      where: { detail: { path: ["email"], equals: person.email } },
      select: { schoolId: true, trustId: true },
      distinct: ["schoolId", "trustId"],
    });
    for (const place of carrying) {
      await setScope(tx, { personId, schoolId: place.schoolId ?? "", trustId: place.trustId ?? "" });
      await tx.$executeRaw`UPDATE "AuditEvent" SET detail = detail - 'email'
        WHERE detail->>'email' = ${person.email}
          AND "schoolId" IS NOT DISTINCT FROM ${place.schoolId} AND "trustId" IS NOT DISTINCT FROM ${place.trustId}`;
    }
    await setScope(tx, { personId, schoolId: "", trustId: "" });
    // The rest cascades; responses are unlinked (ON DELETE SET NULL), their answers kept.
    await tx.person.delete({ where: { id: personId } });
    return { erased: true as const };
  });
}
