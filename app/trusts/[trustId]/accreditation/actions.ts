"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { assignReviewer, decide, reassignReviewer, recordVisit } from "@/lib/accreditation/trust";
import {
  assignReviewerSchema,
  decisionSchema,
  inviteVisitAssessorSchema,
  withdrawVisitAssessorSchema,
  schemeEditSchema,
  visitSchema,
} from "@/lib/accreditation/forms";
import { publishTrustScheme } from "@/lib/accreditation/trust-scheme";
import { inviteVisitAssessor, withdrawVisitAssessor } from "@/lib/accreditation/visit-assessors";
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

export const reassignAccreditationReviewer = trustAction({
  name: "reassignAccreditationReviewer",
  permission: "accreditation:manage",
  schema: assignReviewerSchema,
  run: async (input, ctx) => {
    const out = await reassignReviewer(ctx, input);
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

export const inviteAccreditationVisitAssessor = trustAction({
  name: "inviteAccreditationVisitAssessor",
  permission: "accreditation:manage",
  schema: inviteVisitAssessorSchema,
  run: async (input, ctx) => {
    const out = await inviteVisitAssessor(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const withdrawAccreditationVisitAssessor = trustAction({
  name: "withdrawAccreditationVisitAssessor",
  permission: "accreditation:manage",
  schema: withdrawVisitAssessorSchema,
  run: async (input, ctx) => {
    const out = await withdrawVisitAssessor(ctx, input);
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

export const publishAccreditationScheme = trustAction({
  name: "publishAccreditationScheme",
  permission: "accreditation:manage",
  schema: schemeEditSchema,
  run: async (input, ctx) => {
    const out = await publishTrustScheme(ctx, input);
    refresh(ctx);
    return out;
  },
});
