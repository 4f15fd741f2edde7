import "server-only";
// External validators: a school names someone (e.g. the lead's training provider) when it submits.
// They get an invitation-like link; accepting it makes (or uses) their Harbour account, which then
// sees that one plan, and only the versions sent to them (row-level security, decision 0024).
import { withScope, type Tx } from "../db/scope";
import type { ActionPlanValidator } from "../generated/prisma/client";
import {
  acceptAsNew,
  acceptAsSignedIn,
  newLink,
  sendLink,
  viewLink,
  type LinkStore,
} from "../people/emailed-links";
import type { SchoolContext } from "../tenancy/context";

export type ValidatorLink = { validatorId: string; email: string; link: string | null; emailed: boolean };
export type ValidatorContext = { kind: "validator"; personId: string; role: "VALIDATOR" };

const links: LinkStore<ActionPlanValidator> = {
  byTokenHash: (tx: Tx, tokenHash: string) => tx.actionPlanValidator.findUnique({ where: { tokenHash } }),
  bind: (tx: Tx, id: string, personId: string, now: Date) =>
    tx.actionPlanValidator.update({ where: { id }, data: { personId, acceptedAt: now } }),
  gone: "This link has expired or has already been used. Ask the school to send the plan again.",
};

/** Reuses an accepted grant for the same address, else issues a fresh link (the old one stops working). */
export async function grantFor(
  tx: Tx,
  ctx: SchoolContext,
  planId: string,
  who: { name: string; email: string },
  now: Date,
): Promise<ValidatorLink> {
  const accepted = await tx.actionPlanValidator.findFirst({
    where: { planId, email: who.email, acceptedAt: { not: null } },
  });
  if (accepted) return { validatorId: accepted.id, email: who.email, link: null, emailed: false };
  const { token, ...stored } = newLink(now);
  const row = await tx.actionPlanValidator.create({
    data: {
      planId,
      schoolId: ctx.schoolId,
      email: who.email,
      name: who.name,
      invitedById: ctx.personId,
      ...stored,
    },
  });
  // Without mail the lead shares the link by hand, as with invitations.
  const sent = await sendLink(
    { token, sentByEmail: stored.sentByEmail },
    {
      path: "/validate",
      to: who.email,
      subject: `${ctx.schoolName} asks you to validate its action plan on Harbour`,
      text: (link) =>
        `${ctx.schoolName} has sent you its mental health action plan to validate.\n\nOpen it within 7 days: ${link}\n\nIf you weren't expecting this, you can ignore this email.`,
    },
  );
  return { validatorId: row.id, email: who.email, ...sent };
}

/** What the link is for, before anyone accepts it (a validator's link is never withdrawn). */
export async function viewValidatorLink(token: string, now = new Date()) {
  const view = await viewLink(links, token, now);
  return view === "withdrawn" ? null : view;
}

/** A new account from the link, then the grant is bound to it. */
export async function acceptAsNewValidator(
  input: { token: string; name: string; password: string },
  now = new Date(),
) {
  const g = await acceptAsNew(links, input, now);
  return { email: g.email, planId: g.planId };
}

/** The signed-in person accepts a link made out to their own address. */
export async function acceptAsSignedInValidator(token: string, personId: string, now = new Date()) {
  const g = await acceptAsSignedIn(links, token, personId, now);
  return { email: g.email, planId: g.planId };
}

/** A signed-in person is a validator when at least one link they accepted is theirs. */
export async function loadValidatorContext(personId: string): Promise<ValidatorContext | null> {
  const n = await withScope({ personId }, (tx) =>
    tx.actionPlanValidator.count({ where: { personId, acceptedAt: { not: null } } }),
  );
  return n > 0 ? { kind: "validator", personId, role: "VALIDATOR" } : null;
}
