"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { jobRoleTiersSchema, resetJobRoleTiersSchema } from "@/lib/tiers/forms";
import { resetJobRoleTiers as reset, saveJobRoleTiers as save } from "@/lib/tiers/queries";

// Tiers change the overview's head counts and who is in scope for what, so the school's pages refresh.
const refresh = (schoolId: string) => revalidatePath(`/schools/${schoolId}`, "layout");

export const saveJobRoleTiers = schoolAction({
  name: "saveJobRoleTiers",
  permission: "people:manage",
  schema: jobRoleTiersSchema,
  run: async (input, ctx) => {
    const out = await save(ctx, input.tiers);
    refresh(ctx.schoolId);
    return out;
  },
});

export const resetJobRoleTiers = schoolAction({
  name: "resetJobRoleTiers",
  permission: "people:manage",
  schema: resetJobRoleTiersSchema,
  run: async (_input, ctx) => {
    const out = await reset(ctx);
    refresh(ctx.schoolId);
    return out;
  },
});
