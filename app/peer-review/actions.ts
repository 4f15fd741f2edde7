"use server";

import { revalidatePath } from "next/cache";
import { assessorAction } from "@/lib/actions/define";
import { savePeerReview } from "@/lib/accreditation/reviewer";
import { peerReviewSchema } from "@/lib/accreditation/forms";

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
