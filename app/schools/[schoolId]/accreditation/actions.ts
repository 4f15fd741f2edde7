"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { schoolAction } from "@/lib/actions/define";
import { saveSelfEvaluation, startSelfEvaluation, submitSelfEvaluation } from "@/lib/accreditation/school";
import { selfEvaluationSchema, submissionIdSchema } from "@/lib/accreditation/forms";
import type { SchoolContext } from "@/lib/tenancy/context";

const refresh = (ctx: SchoolContext) => revalidatePath(`/schools/${ctx.schoolId}/accreditation`);

export const startAccreditation = schoolAction({
  name: "startAccreditation",
  permission: "accreditation:self-evaluate",
  schema: z.object({}),
  run: async (_input, ctx) => {
    const out = await startSelfEvaluation(ctx);
    refresh(ctx);
    return out;
  },
});

export const saveAccreditationSelfEvaluation = schoolAction({
  name: "saveAccreditationSelfEvaluation",
  permission: "accreditation:self-evaluate",
  schema: selfEvaluationSchema,
  run: async (input, ctx) => {
    const out = await saveSelfEvaluation(ctx, input);
    refresh(ctx);
    return out;
  },
});

export const submitAccreditationSelfEvaluation = schoolAction({
  name: "submitAccreditationSelfEvaluation",
  permission: "accreditation:self-evaluate",
  schema: submissionIdSchema,
  run: async (input, ctx) => {
    const out = await submitSelfEvaluation(ctx, input.submissionId);
    refresh(ctx);
    return out;
  },
});
