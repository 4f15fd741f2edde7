"use server";

import { revalidatePath } from "next/cache";
import { trustAction } from "@/lib/actions/define";
import { changeOffer, publishOffer, withdrawOffer } from "@/lib/commissioning/queries";
import { changeOfferSchema, publishOfferSchema, withdrawOfferSchema } from "@/lib/commissioning/schemas";

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

export const changeTrustOffer = trustAction({
  name: "changeTrustOffer",
  permission: "trust:commission",
  schema: changeOfferSchema,
  run: async (input, ctx) => {
    const out = await changeOffer(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/commissioning`);
    return out;
  },
});

export const withdrawTrustOffer = trustAction({
  name: "withdrawTrustOffer",
  permission: "trust:commission",
  schema: withdrawOfferSchema,
  run: async (input, ctx) => {
    const out = await withdrawOffer(ctx, input);
    revalidatePath(`/trusts/${ctx.trustId}/commissioning`);
    return out;
  },
});
