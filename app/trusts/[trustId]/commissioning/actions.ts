"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { publishOffer } from "@/lib/commissioning/queries";
import { publishOfferSchema } from "@/lib/commissioning/schemas";

export const publishTrustOffer = trustAction({
  name: "publishTrustOffer",
  permission: "trust:commission",
  schema: publishOfferSchema,
  run: async (input, ctx) => {
    const out = await publishOffer(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/commissioning`);
    return out;
  },
});
