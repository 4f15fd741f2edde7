"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accountAction } from "@/lib/actions/define";
import {
  confirmTwoFactorSchema,
  newRecoveryCodesSchema,
  turnOffTwoFactorSchema,
} from "@/lib/two-factor/schemas";
import {
  confirmEnrolment,
  replaceRecoveryCodes,
  startEnrolment,
  turnOffTwoFactor,
} from "@/lib/two-factor/queries";
import { addPasskey, passkeyRegistrationOptions, removePasskey, renamePasskey } from "@/lib/passkeys/queries";
import { addPasskeySchema, removePasskeySchema, renamePasskeySchema } from "@/lib/passkeys/schemas";

// A person's own two-step sign-in (decision 0040): being signed in is the permission.
export const startTwoFactor = accountAction({
  name: "startTwoFactor",
  schema: z.object({}),
  run: (_input, ctx) => startEnrolment(ctx),
});

export const confirmTwoFactor = accountAction({
  name: "confirmTwoFactor",
  schema: confirmTwoFactorSchema,
  run: (input, ctx) => confirmEnrolment(ctx, input.code),
});

export const newRecoveryCodes = accountAction({
  name: "newRecoveryCodes",
  schema: newRecoveryCodesSchema,
  run: (input, ctx) => replaceRecoveryCodes(ctx, input.code),
});

export const turnOffTwoStep = accountAction({
  name: "turnOffTwoFactor",
  schema: turnOffTwoFactorSchema,
  run: (input, ctx) => turnOffTwoFactor(ctx, input),
});

export const passkeyOptions = accountAction({
  name: "passkeyOptions",
  schema: z.object({}),
  run: (_input, ctx) => passkeyRegistrationOptions(ctx),
});

export const savePasskey = accountAction({
  name: "savePasskey",
  schema: addPasskeySchema,
  run: (input, ctx) => addPasskey(ctx, input),
});

export const renameMyPasskey = accountAction({
  name: "renameMyPasskey",
  schema: renamePasskeySchema,
  run: async (input, ctx) => {
    const out = await renamePasskey(ctx, input);
    revalidatePath("/account/security");
    return out;
  },
});

export const deletePasskey = accountAction({
  name: "deletePasskey",
  schema: removePasskeySchema,
  run: async (input, ctx) => {
    await removePasskey(ctx, input.id);
    revalidatePath("/account/security");
    return null;
  },
});
