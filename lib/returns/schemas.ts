import { z } from "zod";

/** Sending or withdrawing a round's summary: the round, checked against the school on the server. */
export const returnRoundSchema = z.object({ roundId: z.string().min(1).max(40) });
