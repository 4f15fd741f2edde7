import "server-only";
import { audit } from "../audit/record";
import { setScope, withScope, type Tx } from "../db/scope";
import type { SignedInPerson } from "../auth/sign-in";
import { checkLinks, identityFromClaims, type Claims, type ProviderId, type Refusal } from "./claims";
import { emailDomain } from "./domains";

export type ProviderOutcome =
  { status: "signed-in"; person: SignedInPerson } | { status: "refused"; refusal: Refusal };

/**
 * Maps a verified id token to a Harbour person. The email's domain names the one school that linked
 * it; the token must match that school's Microsoft tenant or Google Workspace; the person must already
 * belong to that school or hold a pending invitation to it. No account is ever made from a token.
 */
export async function providerSignIn(provider: ProviderId, claims: Claims): Promise<ProviderOutcome> {
  const read = identityFromClaims(provider, claims);
  if (!read.ok) return refuse(null, read.refusal, provider);
  const { email } = read.identity;

  return withScope({ loginEmail: email }, async (tx) => {
    const domain = await tx.schoolEmailDomain.findUnique({ where: { domain: emailDomain(email) } });
    if (!domain) return refused(tx, null, "no-school", provider);
    const links = await tx.schoolSignIn.findUnique({ where: { schoolId: domain.schoolId } });
    const mismatch = checkLinks(read.identity, links);
    if (mismatch) return refused(tx, null, mismatch, provider);

    // The school is known from the server's own domain row now, not from anything the client sent.
    await setScope(tx, { schoolId: domain.schoolId });
    const person = await memberOrInvitee(tx, email, domain.schoolId);
    if (!person) return refused(tx, null, "no-membership", provider);
    await audit(tx, {
      actorId: person.id,
      action: "sign-in.succeeded",
      schoolId: domain.schoolId,
      detail: { provider },
    });
    const { id, name, sessionVersion } = person;
    return { status: "signed-in" as const, person: { id, email: person.email, name, sessionVersion } };
  });
}

async function memberOrInvitee(tx: Tx, email: string, schoolId: string) {
  // Several accounts may share an address (decision 0008): the verified one first, then the oldest.
  const people = await tx.person.findMany({
    where: { email },
    orderBy: [{ emailVerifiedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    include: { memberships: { where: { schoolId }, select: { id: true } } },
  });
  const member = people.find((p) => p.memberships.length > 0);
  if (member) return member;
  const invited = await tx.invitation.count({
    where: { schoolId, email, acceptedAt: null, expiresAt: { gt: new Date() } },
  });
  return invited > 0 ? (people[0] ?? null) : null;
}

async function refused(tx: Tx, actorId: string | null, refusal: Refusal, provider: ProviderId) {
  await audit(tx, { actorId, action: "sign-in.refused", detail: { provider, refusal } });
  return { status: "refused" as const, refusal };
}

function refuse(actorId: string | null, refusal: Refusal, provider: ProviderId) {
  return withScope({}, (tx) => refused(tx, actorId, refusal, provider));
}
