"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assessorAction, publicAction } from "@/lib/actions/define";
import { recordVisitAsAssessor, savePeerReview } from "@/lib/accreditation/reviewer";
import { peerReviewSchema, visitSchema } from "@/lib/accreditation/forms";
import { acceptAsNewVisitAssessor, acceptAsSignedInVisitAssessor } from "@/lib/accreditation/visit-assessors";
import { currentPersonId } from "@/lib/auth/session";
import { UserError } from "@/lib/errors";
import { acceptInvitationSchema } from "@/lib/people/schemas";

/** The assigned peer reviewer saves, or sends, their ratings; row-level security shows them nothing else. */
export const saveAccreditationPeerReview = assessorAction({
  name: "saveAccreditationPeerReview",
  permission: "accreditation:peer-review",
  schema: peerReviewSchema,
  run: async (input, ctx) => {
    const out = await savePeerReview(ctx, input);
    revalidatePath("/peer-review", "layout");
    return out;
  },
});

/** An accepted visit assessor records the visit of the submission assigned to them (decision 0042). */
export const recordAccreditationVisitAsAssessor = assessorAction({
  name: "recordAccreditationVisitAsAssessor",
  permission: "accreditation:visit",
  schema: visitSchema,
  run: async (input, ctx) => {
    const out = await recordVisitAsAssessor(ctx, input);
    revalidatePath("/peer-review", "layout");
    return out;
  },
});

/** Accepting a visit assessor's link with a new account (someone signed in accepts on the page itself). */
export const acceptVisitAssessorLink = publicAction({
  name: "acceptVisitAssessorLink",
  schema: acceptInvitationSchema,
  run: (input) => acceptAsNewVisitAssessor(input),
});

// Whoever is signed in accepts for their own account; the session is re-checked here.
export const acceptVisitAssessorSignedIn = publicAction({
  name: "acceptVisitAssessorSignedIn",
  schema: z.object({ token: z.string().min(20).max(100) }),
  run: async ({ token }) => {
    const personId = await currentPersonId();
    if (!personId)
      throw new UserError("Your session has ended. Sign in again, then open the link.", "forbidden");
    return acceptAsSignedInVisitAssessor(token, personId);
  },
});
