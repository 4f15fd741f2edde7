import "server-only";
import type { Prisma } from "../generated/prisma/client";
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
};

export type Tx = Prisma.TransactionClient;

export async function withScope<T>(scope: DbScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    // `true`: the settings end with the transaction, so a pooled connection never leaks a tenant.
    await tx.$queryRaw`SELECT
      set_config('app.person_id', ${scope.personId ?? ""}, true),
      set_config('app.school_id', ${scope.schoolId ?? ""}, true),
      set_config('app.trust_id', ${scope.trustId ?? ""}, true),
      set_config('app.login_email', ${scope.loginEmail ?? ""}, true),
      set_config('app.invite_token_hash', ${scope.inviteTokenHash ?? ""}, true)`;
    return work(tx);
  });
}
