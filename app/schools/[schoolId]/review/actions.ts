"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import {
  agreementFormSchema,
  contributionFormSchema,
  contributorsFormSchema,
  governorFormSchema,
  reviewActionSchema,
  startReviewFormSchema,
} from "@/lib/review/forms";
import * as review from "@/lib/review/queries";

const refresh = (schoolId: string, reviewId?: string) => {
  revalidatePath(`/schools/${schoolId}/review`);
  if (reviewId) revalidatePath(`/schools/${schoolId}/review/${reviewId}`, "layout");
};

export const startReview = schoolAction({
  name: "startReview",
  permission: "review:manage",
  schema: startReviewFormSchema,
  run: async (input, ctx) => {
    const started = await review.startReview(ctx, input.allStaff);
    refresh(ctx.schoolId);
    return started;
  },
});

export const inviteReviewContributors = schoolAction({
  name: "inviteReviewContributors",
  permission: "review:manage",
  schema: contributorsFormSchema,
  run: async (input, ctx) => {
    const done = await review.inviteContributors(ctx, input);
    refresh(ctx.schoolId, input.reviewId);
    return done;
  },
});

export const addReviewGovernor = schoolAction({
  name: "addReviewGovernor",
  permission: "review:manage",
  schema: governorFormSchema,
  run: async (input, ctx) => {
    const governor = await review.addGovernor(ctx, input);
    refresh(ctx.schoolId, input.reviewId);
    return governor;
  },
});

export const saveReviewRatings = schoolAction({
  name: "saveReviewRatings",
  permission: "review:contribute",
  schema: contributionFormSchema,
  run: async (input, ctx) => {
    const saved = await review.saveRatings(ctx, input);
    refresh(ctx.schoolId, input.reviewId);
    return saved;
  },
});

export const agreeReviewPrinciple = schoolAction({
  name: "agreeReviewPrinciple",
  permission: "review:manage",
  schema: agreementFormSchema,
  run: async (input, ctx) => {
    const agreed = await review.agreePrinciple(ctx, input);
    refresh(ctx.schoolId, input.reviewId);
    return agreed;
  },
});

export const closeReview = schoolAction({
  name: "closeReview",
  permission: "review:manage",
  schema: reviewActionSchema,
  run: async (input, ctx) => {
    const closed = await review.closeReview(ctx, input.reviewId);
    refresh(ctx.schoolId, input.reviewId);
    return closed;
  },
});
