"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { frameworkActions } from "@/lib/framework/actions";

const defs = frameworkActions((ctx) => {
  if (ctx.kind === "trust") revalidatePath(`/trusts/${ctx.trustId}/framework`);
});

export const adoptTrustFramework = trustAction(defs.adopt);
export const addTrustCompetency = trustAction(defs.add);
export const rewordTrustCompetency = trustAction(defs.reword);
export const retireTrustCompetency = trustAction(defs.retire);
export const reinstateTrustCompetency = trustAction(defs.reinstate);
export const importTrustFramework = trustAction(defs.import);
