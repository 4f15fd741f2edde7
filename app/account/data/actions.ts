"use server";

import { accountAction } from "@/lib/actions/define";
import { eraseAccount as erase } from "@/lib/privacy/erase";
import { eraseSchema } from "@/lib/privacy/erase-schema";

export const eraseAccount = accountAction({
  name: "eraseAccount",
  schema: eraseSchema,
  run: (input, ctx) => erase(ctx.personId, input),
});
