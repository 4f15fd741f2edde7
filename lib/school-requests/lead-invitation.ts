import "server-only";
// The LEAD invitation a confirmed school request makes, however it was confirmed.
import type { Tx } from "../db/scope";
import type { JobRole } from "../generated/prisma/enums";
import { insertInvitations } from "../people/insert-invitations";
import { invitationExpiry, newToken } from "../people/tokens";

type Request = { email: string; requesterName: string; jobRole: JobRole };

/**
 * Invites the requester as the new school's lead and returns the link's token. `sentByEmail` says
 * whether the requester proved the address (they used the emailed link) or not (decision 0008).
 */
export async function inviteRequester(
  tx: Tx,
  request: Request,
  by: { schoolId: string; invitedById: string; sentByEmail: boolean },
  now: Date,
): Promise<string> {
  const invitation = newToken();
  await insertInvitations(tx, [
    {
      schoolId: by.schoolId,
      email: request.email,
      name: request.requesterName,
      role: "LEAD",
      jobRole: request.jobRole,
      tokenHash: invitation.tokenHash,
      expiresAt: invitationExpiry(now),
      invitedById: by.invitedById,
      sentByEmail: by.sentByEmail,
    },
  ]);
  return invitation.token;
}
