"use server";

import { revalidatePath } from "next/cache";
import { schoolAction } from "@/lib/actions/define";
import { frameworkActions } from "@/lib/framework/actions";

// Rounds show the version they would open on, so both pages are refreshed after a change.
const defs = frameworkActions((ctx) => {
  if (ctx.kind !== "school") return;
  revalidatePath(`/schools/${ctx.schoolId}/framework`);
  revalidatePath(`/schools/${ctx.schoolId}/rounds`);
});

export const adoptFramework = schoolAction(defs.adopt);
export const addCompetency = schoolAction(defs.add);
export const rewordCompetency = schoolAction(defs.reword);
export const retireCompetency = schoolAction(defs.retire);
export const reinstateCompetency = schoolAction(defs.reinstate);
export const importFramework = schoolAction(defs.import);
