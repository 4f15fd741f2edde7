"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { assignReviewer, decide, recordVisit } from "@/lib/accreditation/trust";
import { assignReviewerSchema, decisionSchema, visitSchema } from "@/lib/accreditation/forms";
import type { TrustContext } from "@/lib/tenancy/context";

const refresh = (ctx: TrustContext) => revalidatePath(`/trusts/${ctx.trustId}/accreditation`, "layout");

export const assignAccreditationReviewer = trustAction({
  name: "assignAccreditationReviewer",
  permission: "accreditation:manage",
  schema: assignReviewerSchema,
  run: async (input, ctx) => {
    const out = await assignReviewer(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const recordAccreditationVisit = trustAction({
  name: "recordAccreditationVisit",
  permission: "accreditation:manage",
  schema: visitSchema,
  run: async (input, ctx) => {
    const out = await recordVisit(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const decideAccreditation = trustAction({
  name: "decideAccreditation",
  permission: "accreditation:manage",
  schema: decisionSchema,
  run: async (input, ctx) => {
    const out = await decide(ctx, input);
    refresh(ctx);
    return out;
  },
});
