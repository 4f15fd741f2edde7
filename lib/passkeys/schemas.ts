import { z } from "zod";

export const PASSKEY_NAME_MAX = 60;

/** What a person calls a passkey, so they can tell them apart ("Work laptop"). */
export const passkeyNameSchema = z
  .string()
  .trim()
  .min(1, "Give this passkey a name, such as the device it is on.")
  .max(PASSKEY_NAME_MAX, `Keep the name to ${PASSKEY_NAME_MAX} characters.`);

export const addPasskeyNameSchema = z.object({ name: passkeyNameSchema });
export type AddPasskeyNameInput = z.input<typeof addPasskeyNameSchema>;

/** The browser's answer (@simplewebauthn/browser's JSON), checked in depth by @simplewebauthn/server. */
const credentialJson = z
  .object({ id: z.string().min(1).max(1024), rawId: z.string().max(1024), type: z.literal("public-key") })
  .loose();

export const addPasskeySchema = z.object({ name: passkeyNameSchema, response: credentialJson });
export const removePasskeySchema = z.object({ id: z.string().min(1).max(64) });
export const renamePasskeySchema = z.object({ id: z.string().min(1).max(64), name: passkeyNameSchema });
export type RenamePasskeyInput = z.input<typeof renamePasskeySchema>;
export const passkeySignInSchema = credentialJson;
