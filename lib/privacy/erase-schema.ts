import { z } from "zod";

/** The erasure's confirmation: the person types the address they sign in with. */
export const eraseSchema = z.object({
  email: z
    .string({ message: "Type your email address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, "Type your email address to confirm.")
    .max(320, "That is longer than any email address."),
});
export type EraseInput = z.input<typeof eraseSchema>;
