import "server-only";
import { Prisma } from "../generated/prisma/client";
import { getPrisma } from "./client";

/**
 * What row-level security lets a transaction see. The app fills it from the session and the
 * resource it has already checked, never from client input alone.
 */
export type DbScope = {
  personId?: string;
  schoolId?: string;
  trustId?: string;
  /** Only during sign-in and invitation acceptance: the one email whose person row may be read. */
  loginEmail?: string;
  /** Only while an invitation link is being used. */
  inviteTokenHash?: string;
  /** Only while a school request's confirmation link is being used. */
  schoolRequestTokenHash?: string;
  /** Only while a password-reset link is being used. */
  resetTokenHash?: string;
  /** Only while a passkey is being added or used: the challenge the browser signed. */
  passkeyChallenge?: string;
  /** Only during a passkey sign-in: the credential the browser named. */
  passkeyCredentialId?: string;
  /** Only for a person's own CONFIDENTIAL responses: the pseudonyms their session computed, comma-separated. */
  pseudonyms?: string;
};

export type Tx = Prisma.TransactionClient;

export async function withScope<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    // Every setting is written, so nothing from an earlier transaction on this connection survives.
    const all = Object.fromEntries(KEYS.map((k) => [k, scope[k] ?? ""])) as Required<DbScope>;
    await setScope(tx, all);
    return work(tx);
  });
}

const KEYS = [
  "personId",
  "schoolId",
  "trustId",
  "loginEmail",
  "inviteTokenHash",
  "schoolRequestTokenHash",
  "resetTokenHash",
  "passkeyChallenge",
  "passkeyCredentialId",
  "pseudonyms",
] as const;
const SETTING: Record<keyof DbScope, string> = {
  personId: "app.person_id",
  schoolId: "app.school_id",
  trustId: "app.trust_id",
  loginEmail: "app.login_email",
  inviteTokenHash: "app.invite_token_hash",
  schoolRequestTokenHash: "app.school_request_token_hash",
  resetTokenHash: "app.reset_token_hash",
  passkeyChallenge: "app.passkey_challenge",
  passkeyCredentialId: "app.passkey_credential_id",
  pseudonyms: "app.pseudonyms",
};

/**
 * Sets the given parts of the scope for the rest of the transaction; `set_config(..., true)` ends
 * with it, so a pooled connection never leaks a tenant. A flow that learns its tenant part-way
 * (accepting an invitation) adds to its scope with this.
 */
export async function setScope(tx: Tx, scope: DbScope): Promise<void> {
  const calls = KEYS.filter((k) => scope[k] !== undefined).map(
    (k) => Prisma.sql`set_config(${SETTING[k]}, ${scope[k]}, true)`,
  );
  if (calls.length > 0) await tx.$queryRaw`SELECT ${Prisma.join(calls)}`;
}
