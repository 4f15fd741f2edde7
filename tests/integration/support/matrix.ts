// Shared by the server-action authorisation matrices: the actors, the outcomes, and how a result reads.
import type { ActionResult } from "@/lib/actions/result";

export type Role = "STAFF" | "LEAD" | "HEAD" | "TRUST_LEADER" | "SIGNED_OUT";
export type Outcome = "ok" | "forbidden" | "not-found" | "signed-out";
export const ROLES: Role[] = ["STAFF", "LEAD", "HEAD", "TRUST_LEADER", "SIGNED_OUT"];

/** Reads a result as one of the four outcomes; anything else fails the test with the result shown. */
export function outcomeOf(result: ActionResult<unknown>): Outcome {
  if (result.ok) return "ok";
  if (result.code === "signed_out") return "signed-out";
  if (result.code === "forbidden") return "forbidden";
  if (result.code === "not_found") return "not-found";
  throw new Error(`Unexpected result: ${JSON.stringify(result)}`);
}
