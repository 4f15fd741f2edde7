"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { addSchoolByUrn } from "@/lib/trust-joins/queries";
import { addSchoolSchema } from "@/lib/trust-joins/schemas";

/** Asks a school of the register to join the trust; its head decides. */
export const addSchool = trustAction({
  name: "addTrustSchool",
  permission: "trust:add-schools",
  schema: addSchoolSchema,
  run: async (input, ctx) => {
    const added = await addSchoolByUrn(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/schools`);
    return added;
  },
});
