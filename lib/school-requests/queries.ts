import "server-only";
// Starting Harbour for one school (decision 0022): anyone may ask by URN; an emailed link to an
// address on the school's own domain confirms it, else an operator does (lib/school-requests/operator.ts).
import { randomUUID } from "node:crypto";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { setScope, withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { sendMail } from "../mail";
import { hashToken, newToken } from "../people/tokens";
import { inviteRequester } from "./lead-invitation";
import { schoolRequestRefusal } from "../register/eligibility";
import { insertSchoolFromRegister } from "../register/new-school";
import { registerSchool, type RegisterSchool } from "../register/queries";
import { isUniqueViolation } from "../register/unique";
import { schoolDomain } from "./domain";
import { takeRequestSlots } from "./rate-limit";
import { schoolRequestSchema, type SchoolRequestInput } from "./schemas";

export const LINK_HOURS = 24;
const ALREADY =
  "This school has just started using Harbour: ask its senior mental health lead or head for an invitation.";

/** What the start page shows to confirm the school, and how the request will be confirmed. */
export type SchoolLookUp = {
  urn: string;
  name: string;
  typeName: string;
  laName: string;
  district: string | null;
  postcode: string | null;
  domain: string | null;
  confirmBy: "email" | "operator";
};

function confirmBy(domain: string | null): SchoolLookUp["confirmBy"] {
  return domain && getConfig().smtp ? "email" : "operator";
}

/** The register's entry for a URN that may be requested, or a refusal beside the URN field. */
export async function lookUpSchool(urn: string): Promise<SchoolLookUp> {
  const entry = await withScope({}, (tx) => requestable(tx, urn));
  const domain = schoolDomain(entry.website);
  return {
    urn,
    name: entry.name,
    typeName: entry.typeName,
    laName: entry.laName,
    district: entry.district,
    postcode: entry.postcode,
    domain,
    confirmBy: confirmBy(domain),
  };
}

async function requestable(tx: Tx, urn: string): Promise<RegisterSchool> {
  const entry = await registerSchool(tx, urn);
  const held = await tx.school.findUnique({ where: { urn }, select: { trustId: true } });
  const refusal = schoolRequestRefusal(urn, entry, held);
  if (refusal || !entry) throw new UserError(refusal!, "conflict", { urn: [refusal!] });
  return entry;
}

/**
 * Records a request. With SMTP and a domain, a single-use link (stored hashed) goes to the address;
 * otherwise the request waits for an operator. Nothing here looks at whether the address has an account.
 */
export async function requestSchool(
  raw: SchoolRequestInput,
  address: string,
  now = new Date(),
): Promise<{ confirmBy: SchoolLookUp["confirmBy"]; email: string }> {
  const made = await withScope({}, async (tx) => {
    const entry = await requestable(tx, String(raw.urn ?? "").trim());
    const domain = schoolDomain(entry.website);
    const parsed = schoolRequestSchema(domain).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UserError(issue.message, "validation", { [issue.path.join(".") || "form"]: [issue.message] });
    }
    if (!(await takeRequestSlots(tx, entry.urn, address)))
      throw new UserError(
        "Too many requests for this school or from this network. Please try again tomorrow.",
        "rate_limited",
      );
    const input = parsed.data;
    const by = confirmBy(domain);
    const link = by === "email" ? newToken() : null;
    const id = randomUUID();
    // No RETURNING: nobody outside the link's holder and the operators may read a request back.
    await tx.$executeRaw`
      INSERT INTO "SchoolRequest" (id, urn, "requesterName", "jobRole", email, status, "tokenHash", "expiresAt")
      VALUES (${id}, ${entry.urn}, ${input.requesterName}, ${input.jobRole}::"JobRole", ${input.email},
        ${by === "email" ? "WAITING_EMAIL" : "WAITING_OPERATOR"}::"SchoolRequestStatus", ${link?.tokenHash ?? null},
        ${link ? new Date(now.getTime() + LINK_HOURS * 3600_000).toISOString() : null}::timestamptz AT TIME ZONE 'UTC')`;
    await audit(tx, {
      actorId: null,
      action: "school-request.made",
      targetId: id,
      detail: { urn: entry.urn, by },
    });
    return { entry, email: input.email, by, token: link?.token };
  });
  if (made.token) {
    const url = `${getConfig().appUrl}/start/confirm/${made.token}`;
    const sent = await sendMail({
      to: made.email,
      subject: `Start Harbour for ${made.entry.name}`,
      text: `Someone asked to start Harbour for ${made.entry.name} with this address.\n\nTo confirm, open this link within ${LINK_HOURS} hours (it works once): ${url}\n\nIf this was not you, ignore this email and nothing happens.`,
    });
    // An unsent link leaves the request where operators see it, so it is not lost.
    if (!sent) return { confirmBy: "operator", email: made.email };
  }
  return { confirmBy: made.by, email: made.email };
}

export type LinkView = { schoolName: string; email: string; state: "open" | "expired" | "used" };

/** The confirmation page: any unknown token reads as not found. */
export async function viewConfirmLink(token: string, now = new Date()): Promise<LinkView | null> {
  const tokenHash = hashToken(token);
  return withScope({ schoolRequestTokenHash: tokenHash }, async (tx) => {
    const request = await tx.schoolRequest.findUnique({ where: { tokenHash } });
    if (!request) return null;
    const entry = await registerSchool(tx, request.urn);
    return {
      schoolName: entry?.name ?? `URN ${request.urn}`,
      email: request.email,
      state: request.status !== "WAITING_EMAIL" ? "used" : request.expiresAt! <= now ? "expired" : "open",
    };
  });
}

/**
 * Using the link, once: the school is made from the register with the requester's LEAD invitation,
 * marked as emailed (the link reached that mailbox), in one transaction. The caller continues into
 * the invitation's own page, where the requester sets up their account.
 */
export async function confirmByLink(token: string, now = new Date()): Promise<{ invitationPath: string }> {
  const tokenHash = hashToken(token);
  try {
    return await withScope({ schoolRequestTokenHash: tokenHash }, async (tx) => {
      const request = await tx.schoolRequest.findUnique({ where: { tokenHash } });
      if (!request) throw new UserError("This link is not valid.", "not_found");
      if (request.status !== "WAITING_EMAIL")
        throw new UserError("This link has already been used. Sign in instead.", "conflict");
      if (request.expiresAt! <= now)
        throw new UserError("This link has expired. Ask again from the start page.", "conflict");
      const entry = await requestable(tx, request.urn);
      const schoolId = randomUUID();
      const claimed = await tx.schoolRequest.updateMany({
        where: { id: request.id, status: "WAITING_EMAIL" },
        data: { status: "CONFIRMED", schoolId, decidedAt: now },
      });
      if (claimed.count === 0)
        throw new UserError("This link has already been used. Sign in instead.", "conflict");
      await insertSchoolFromRegister(tx, schoolId, entry);
      await setScope(tx, { schoolId });
      // No person asked yet: the invitation names the request that made it.
      const token = await inviteRequester(
        tx,
        request,
        { schoolId, invitedById: request.id, sentByEmail: true },
        now,
      );
      await audit(tx, {
        actorId: null,
        action: "school-request.confirmed",
        schoolId,
        targetId: request.id,
        detail: { urn: request.urn, email: request.email, by: "email" },
      });
      return { invitationPath: `/invitations/${token}` };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError(ALREADY, "conflict");
    throw error;
  }
}
