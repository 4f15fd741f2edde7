"use server";

import { personAction } from "@/lib/actions/define";
import { eraseAccount as erase } from "@/lib/privacy/erase";
import { eraseSchema } from "@/lib/privacy/erase-schema";

export const eraseAccount = personAction({
  name: "eraseAccount",
  schema: eraseSchema,
  run: (input, ctx) => erase(ctx.personId, input),
});
