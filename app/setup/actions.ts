"use server";

import { publicAction } from "@/lib/actions/define";
import { createFirstOperator } from "@/lib/operators/first-run";
import { firstOperatorSchema } from "@/lib/operators/schemas";

// Before anyone is signed in: the setup code is the proof (checked first inside createFirstOperator).
export const createFirstOperatorAction = publicAction({
  name: "createFirstOperator",
  schema: firstOperatorSchema,
  run: (input) => createFirstOperator(input),
});
