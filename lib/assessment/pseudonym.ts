// The keyed pseudonym a CONFIDENTIAL response is stored under (decision 0045): HMAC-SHA256 over the
// round and the person with a key that lives outside the database, so the database alone cannot
// say whose response it is, while the person's own session can always find it again.
import { createHmac } from "node:crypto";
import { getConfig } from "../config";

export function pseudonymFor(roundId: string, personId: string, key = getConfig().pseudonymKey): string {
  // The separator keeps ("ab", "c") and ("a", "bc") apart.
  return createHmac("sha256", key).update(`${roundId}\u0000${personId}`).digest("base64url");
}
