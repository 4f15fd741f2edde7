"use server";

import { schoolAction } from "@/lib/actions/define";
import { saveAnswers, saveTraining, submitResponse } from "@/lib/assessment/queries";
import { saveAnswersSchema, submitSchema, trainingSchema } from "@/lib/assessment/rules";

// The person's own response is always found from the session and the round, never from an id the
// page sends, so these actions cannot touch anyone else's answers.

/** Autosave of ratings and comments (and the step reached). */
export const saveMyAnswers = schoolAction({
  name: "saveMyAnswers",
  permission: "assessment:take",
  schema: saveAnswersSchema,
  run: (input, ctx) => saveAnswers(ctx, input),
});

/** Autosave of the last step: barriers, formats, confidence and (confidential rounds) wellbeing. */
export const saveMyTraining = schoolAction({
  name: "saveMyTraining",
  permission: "assessment:take",
  schema: trainingSchema,
  run: (input, ctx) => saveTraining(ctx, input),
});

/** Submits once (a retry with the same key is the same submit) and returns the person's results. */
export const submitMyAssessment = schoolAction({
  name: "submitMyAssessment",
  permission: "assessment:take",
  schema: submitSchema,
  run: async (input, ctx) => {
    const view = await submitResponse(ctx, input);
    return { submittedAt: view.submittedAt, results: view.results };
  },
});
