"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/define";
import { passkeySignInOptions } from "@/lib/passkeys/queries";

// Before anyone is signed in: a challenge for a passkey on this device (no account is named).
export const passkeyChallenge = publicAction({
  name: "passkeyChallenge",
  schema: z.object({}),
  run: () => passkeySignInOptions(),
});
