"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import {
  caseStudyFormSchema,
  caseStudyStepSchema,
  consentSchema,
  optInSchema,
  questionFormSchema,
  replyFormSchema,
} from "@/lib/network/forms";
import * as network from "@/lib/network/store";

const refresh = (schoolId: string) => revalidatePath(`/schools/${schoolId}/network`, "layout");

export const setNetworkOptIn = schoolAction({
  name: "setNetworkOptIn",
  permission: "network:manage",
  schema: optInSchema,
  run: async (input, ctx) => {
    const done = await network.setNetworkOptIn(ctx, input.optIn);
    refresh(ctx.schoolId);
    return done;
  },
});

export const saveCaseStudy = schoolAction({
  name: "saveCaseStudy",
  permission: "network:manage",
  schema: caseStudyFormSchema,
  run: async (input, ctx) => {
    const saved = await network.saveCaseStudy(ctx, input);
    refresh(ctx.schoolId);
    return saved;
  },
});

export const askCaseStudyContact = schoolAction({
  name: "askCaseStudyContact",
  permission: "network:manage",
  schema: caseStudyStepSchema,
  run: async (input, ctx) => {
    const done = await network.askContact(ctx, input.caseStudyId);
    refresh(ctx.schoolId);
    return done;
  },
});

export const decideCaseStudyConsent = schoolAction({
  name: "decideCaseStudyConsent",
  permission: "network:respond",
  schema: consentSchema,
  run: async (input, ctx) => {
    const done = await network.decideConsent(ctx, input.caseStudyId, input.decision);
    refresh(ctx.schoolId);
    return done;
  },
});

export const publishCaseStudy = schoolAction({
  name: "publishCaseStudy",
  permission: "network:manage",
  schema: caseStudyStepSchema,
  run: async (input, ctx) => {
    const done = await network.publishCaseStudy(ctx, input.caseStudyId);
    refresh(ctx.schoolId);
    return done;
  },
});

export const withdrawCaseStudy = schoolAction({
  name: "withdrawCaseStudy",
  permission: "network:manage",
  schema: caseStudyStepSchema,
  run: async (input, ctx) => {
    const done = await network.withdrawCaseStudy(ctx, input.caseStudyId);
    refresh(ctx.schoolId);
    return done;
  },
});

export const askCaseStudyQuestion = schoolAction({
  name: "askCaseStudyQuestion",
  permission: "network:manage",
  schema: questionFormSchema,
  run: async (input, ctx) => {
    const asked = await network.askQuestion(ctx, input);
    refresh(ctx.schoolId);
    return asked;
  },
});

export const replyToCaseStudyQuestion = schoolAction({
  name: "replyToCaseStudyQuestion",
  permission: "network:respond",
  schema: replyFormSchema,
  run: async (input, ctx) => {
    const replied = await network.replyToQuestion(ctx, input);
    refresh(ctx.schoolId);
    return replied;
  },
});
