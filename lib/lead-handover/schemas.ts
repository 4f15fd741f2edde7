// The handover forms' schemas, shared by the browser and the server.
import { z } from "zod";

export const appointLeadSchema = z.object({
  personId: z
    .string({ error: "Choose who will be the new lead." })
    .trim()
    .min(1, "Choose who will be the new lead.")
    .max(100),
  // The lead handing over, when the school has more than one; empty means "the only one".
  fromPersonId: z.string().trim().max(100).optional(),
});
export type AppointLeadInput = z.infer<typeof appointLeadSchema>;

/** One handed-over action, or (no ids) every one still waiting for the signed-in lead. */
export const confirmHandoverSchema = z.object({
  itemIds: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
});
export type ConfirmHandoverInput = z.infer<typeof confirmHandoverSchema>;
