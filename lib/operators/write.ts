import "server-only";
import { randomUUID } from "node:crypto";
// What an operator changes: the register, trusts and authorities, schools, first leaders, the demo.
// Every write runs under the operator's own scope; row-level security allows exactly these.
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole } from "../generated/prisma/enums";
import { sendMail } from "../mail";
import { invitationMail, type IssuedInvitation } from "../people/invitations";
import { invitationExpiry, newToken } from "../people/tokens";
import { formatProblem } from "../csv";
import { readRegister } from "../register/gias";
import { writeRegister } from "../register/import";
import { operatorAddRefusal } from "../register/eligibility";
import { insertSchoolFromRegister } from "../register/new-school";
import { registerSchool } from "../register/queries";
import type { OperatorContext } from "../tenancy/context";
import type { z } from "zod";
import type { addOrganisationSchema, appointSchema } from "./schemas";

const scope = (ctx: OperatorContext) => ({ personId: ctx.personId });

export async function importRegister(ctx: OperatorContext, csv: string, now = new Date()) {
  const { entries, problems } = readRegister(csv);
  if (problems.length > 0) {
    const messages = problems.slice(0, 50).map(formatProblem);
    if (problems.length > 50) messages.push(`… and ${problems.length - 50} more.`);
    throw new UserError("Nothing was imported: fix these lines first.", "validation", { file: messages });
  }
  if (entries.length === 0) throw new UserError("The file has no schools in it.", "validation");
  return withScope(scope(ctx), async (tx) => {
    const { added } = await writeRegister(tx, entries, now);
    await audit(tx, {
      actorId: ctx.personId,
      action: "instance.register-imported",
      detail: { rows: entries.length, added },
    });
    return { rows: entries.length, added, updated: entries.length - added };
  });
}

export async function addSchool(ctx: OperatorContext, urn: string) {
  return withScope(scope(ctx), async (tx) => {
    const entry = await registerSchool(tx, urn);
    const held = await tx.school.findUnique({ where: { urn }, select: { trustId: true } });
    const refusal = operatorAddRefusal(urn, entry, held);
    if (refusal || !entry)
      throw new UserError(refusal!, held ? "conflict" : "validation", { urn: [refusal!] });
    const school = { id: randomUUID(), name: entry.name };
    await insertSchoolFromRegister(tx, school.id, entry);
    await audit(tx, {
      actorId: ctx.personId,
      action: "instance.school-added",
      targetId: school.id,
      detail: { urn },
    });
    return school;
  });
}

export async function addOrganisation(ctx: OperatorContext, input: z.output<typeof addOrganisationSchema>) {
  return withScope(scope(ctx), async (tx) => {
    if (input.registerCode) {
      const taken = await tx.trust.findFirst({
        where: { kind: input.kind, registerCode: input.registerCode },
        select: { name: true },
      });
      if (taken) {
        const message = `${taken.name} already has that register number.`;
        throw new UserError(message, "conflict", { registerCode: [message] });
      }
    }
    const trust = await tx.trust.create({
      data: { kind: input.kind, name: input.name, registerCode: input.registerCode ?? null },
      select: { id: true, name: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "instance.organisation-added",
      targetId: trust.id,
      detail: { kind: input.kind },
    });
    return trust;
  });
}

// Where each first leader leads, and the job role they start with (changed on the People page).
const FIRST_LEADER: Record<
  z.output<typeof appointSchema>["role"],
  { place: "school" | "trust"; jobRole: JobRole | null }
> = {
  LEAD: { place: "school", jobRole: "SENIOR_MH_LEAD" },
  HEAD: { place: "school", jobRole: "SENIOR_LEADER" },
  TRUST_LEADER: { place: "trust", jobRole: null },
};

/**
 * Invites a school's first lead or head, or a trust's or authority's first leader. Emailed with
 * SMTP (and withdrawn if sending fails), else the link comes back to share, as for any invitation.
 */
export async function appointLeader(
  ctx: OperatorContext,
  input: z.output<typeof appointSchema>,
  now = new Date(),
): Promise<IssuedInvitation> {
  const { token, tokenHash } = newToken();
  const sentByEmail = getConfig().smtp !== null;
  const { invitation, placeName } = await withScope(scope(ctx), async (tx) => {
    const place = await placeFor(tx, input);
    const pending = await tx.invitation.findFirst({
      where: { ...place.where, email: input.email, acceptedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (pending) {
      const message = "You have already invited this person there; the invitation is still waiting.";
      throw new UserError(message, "conflict", { email: [message] });
    }
    const invitation = await tx.invitation.create({
      data: {
        ...place.where,
        email: input.email,
        name: input.name,
        role: input.role,
        jobRole: FIRST_LEADER[input.role].jobRole,
        tokenHash,
        expiresAt: invitationExpiry(now),
        invitedById: ctx.personId,
        sentByEmail,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "instance.leader-appointed",
      targetId: invitation.id,
      detail: { ...place.where, role: input.role, sentByEmail },
    });
    return { invitation, placeName: place.name };
  });
  const link = `${getConfig().appUrl}/invitations/${token}`;
  if (!sentByEmail) return { email: input.email, emailed: false, link };
  const emailed = await sendMail(invitationMail(input.email, placeName, link));
  if (!emailed)
    await withScope(scope(ctx), (tx) => tx.invitation.deleteMany({ where: { id: invitation.id } }));
  return { email: input.email, emailed };
}

async function placeFor(tx: Tx, input: z.output<typeof appointSchema>) {
  const missing = new UserError("That school or trust was not found.", "not_found");
  if (FIRST_LEADER[input.role].place === "trust") {
    const trust = await tx.trust.findUnique({
      where: { id: input.placeId },
      select: { id: true, name: true },
    });
    if (!trust) throw missing;
    return { where: { trustId: trust.id }, name: trust.name };
  }
  const school = await tx.school.findUnique({
    where: { id: input.placeId },
    select: { id: true, name: true },
  });
  if (!school) throw missing;
  return { where: { schoolId: school.id }, name: school.name };
}

/** Deletes every demo trust, school and account with all they hold; real data is never touched. */
export async function removeDemo(ctx: OperatorContext) {
  return withScope(scope(ctx), async (tx) => {
    const schools = await tx.school.deleteMany({ where: { isDemo: true } });
    const trusts = await tx.trust.deleteMany({ where: { isDemo: true } });
    const people = await tx.person.deleteMany({ where: { isDemo: true } });
    const removed = { schools: schools.count, trusts: trusts.count, people: people.count };
    await audit(tx, { actorId: ctx.personId, action: "instance.demo-removed", detail: removed });
    return removed;
  });
}
