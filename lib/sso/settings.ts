import "server-only";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { Prisma } from "../generated/prisma/client";
import { UserError } from "../errors";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { PROVIDER_IDS, type ProviderId } from "./claims";
import { emailDomain } from "./domains";
import type { providerSettingsSchema } from "./forms";
import type { z } from "zod";

export type SignInSettings = {
  domains: { domain: string; linkedAt: Date }[];
  microsoftTenantId: string | null;
  googleHostedDomain: string | null;
  requireProvider: boolean;
  /** Providers this Harbour instance has been configured with (the operator's part). */
  configured: ProviderId[];
  /** The acting person's own email domain: the one they may link. */
  ownDomain: string;
};

export async function loadSignInSettings(ctx: SchoolContext): Promise<SignInSettings> {
  return withScope(scopeOf(ctx), async (tx) => {
    const [domains, row, me] = await Promise.all([
      tx.schoolEmailDomain.findMany({ where: { schoolId: ctx.schoolId }, orderBy: { domain: "asc" } }),
      tx.schoolSignIn.findUnique({ where: { schoolId: ctx.schoolId } }),
      tx.person.findUniqueOrThrow({ where: { id: ctx.personId }, select: { email: true } }),
    ]);
    return {
      domains: domains.map((d) => ({ domain: d.domain, linkedAt: d.createdAt })),
      microsoftTenantId: row?.microsoftTenantId ?? null,
      googleHostedDomain: row?.googleHostedDomain ?? null,
      requireProvider: row?.requireProvider ?? false,
      configured: configuredProviders(),
      ownDomain: emailDomain(me.email),
    };
  });
}

const configuredProviders = () => PROVIDER_IDS.filter((id) => getConfig().identityProviders[id]);

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * A school proves it owns a domain by its lead: the lead's own email, confirmed by a link Harbour
 * mailed to it, must be on the domain (decision 0019). A domain is linked to one school at most.
 */
export async function linkDomain(ctx: SchoolContext, domain: string) {
  const refuse = (message: string, kind: "validation" | "conflict" = "validation") =>
    new UserError(message, kind, { domain: [message] });
  try {
    return await withScope(scopeOf(ctx), async (tx) => {
      const me = await tx.person.findUniqueOrThrow({ where: { id: ctx.personId } });
      if (emailDomain(me.email) !== domain)
        throw refuse(`You can link only the domain of your own email address (${emailDomain(me.email)}).`);
      if (!me.emailVerifiedAt)
        throw refuse(
          "Confirm your own email address first (use the link Harbour emailed you), then link its domain.",
        );
      const mine = await tx.schoolEmailDomain.findFirst({ where: { domain, schoolId: ctx.schoolId } });
      if (mine) throw refuse("That domain is already linked to your school.", "conflict");
      await tx.schoolEmailDomain.create({
        data: { domain, schoolId: ctx.schoolId, linkedById: ctx.personId },
      });
      await audit(tx, {
        actorId: ctx.personId,
        action: "sign-in.email-domain-linked",
        schoolId: ctx.schoolId,
        detail: { domain },
      });
      return { domain };
    });
  } catch (error) {
    // The primary key holds across schools, although row-level security hides the other school's row.
    if (isUniqueViolation(error))
      throw refuse("That domain is already linked to another school.", "conflict");
    throw error;
  }
}

export async function unlinkDomain(ctx: SchoolContext, domain: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const settings = await tx.schoolSignIn.findUnique({ where: { schoolId: ctx.schoolId } });
    if (settings?.googleHostedDomain === domain)
      throw new UserError(
        "That is your school's Google Workspace domain: choose another, or none, first.",
        "conflict",
      );
    const { count } = await tx.schoolEmailDomain.deleteMany({ where: { domain, schoolId: ctx.schoolId } });
    if (count === 0) throw new UserError("That domain is not linked to your school.", "not_found");
    if (
      settings?.requireProvider &&
      (await tx.schoolEmailDomain.count({ where: { schoolId: ctx.schoolId } })) === 0
    )
      throw new UserError(
        "Your school requires sign-in with Microsoft or Google: turn that off before unlinking its last domain.",
        "conflict",
      );
    await audit(tx, {
      actorId: ctx.personId,
      action: "sign-in.email-domain-unlinked",
      schoolId: ctx.schoolId,
      detail: { domain },
    });
    return { domain };
  });
}

type SettingsInput = z.output<typeof providerSettingsSchema>;

/** Saves the links and the requirement together, or nothing. */
export async function saveProviderSettings(ctx: SchoolContext, input: SettingsInput) {
  return withScope(scopeOf(ctx), async (tx) => {
    const data = {
      microsoftTenantId: input.microsoftTenantId || null,
      googleHostedDomain: input.googleHostedDomain || null,
      requireProvider: input.requireProvider,
    };
    const domains = await tx.schoolEmailDomain.findMany({ where: { schoolId: ctx.schoolId } });
    const linked = new Set(domains.map((d) => d.domain));
    if (data.googleHostedDomain && !linked.has(data.googleHostedDomain)) {
      const message = "Choose one of your school's linked email domains.";
      throw new UserError(message, "validation", { googleHostedDomain: [message] });
    }
    if (data.requireProvider) await assertNoLockOut(tx, ctx, data, linked);
    await tx.schoolSignIn.upsert({
      where: { schoolId: ctx.schoolId },
      create: { schoolId: ctx.schoolId, ...data },
      update: data,
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "sign-in.settings-changed",
      schoolId: ctx.schoolId,
      detail: data,
    });
    return data;
  });
}

/** The requirement goes on only when the lead turning it on could sign in again through a provider. */
async function assertNoLockOut(
  tx: Tx,
  ctx: SchoolContext,
  data: { microsoftTenantId: string | null; googleHostedDomain: string | null },
  linked: Set<string>,
) {
  const configured = configuredProviders();
  const usable =
    (configured.includes("microsoft") && data.microsoftTenantId) ||
    (configured.includes("google") && data.googleHostedDomain);
  const me = await tx.person.findUniqueOrThrow({ where: { id: ctx.personId }, select: { email: true } });
  const message = !usable
    ? "Link your school's Microsoft directory or Google Workspace (one that Harbour is set up for) before requiring it."
    : !linked.has(emailDomain(me.email))
      ? "Link the domain of your own email address first, so that you can still sign in."
      : null;
  if (message) throw new UserError(message, "validation", { requireProvider: [message] });
}
