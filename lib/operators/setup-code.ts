// The first-run setup code: whoever sets up a new Harbour server must prove they can read its console
// or its secret, so a stranger who finds the address first cannot make themselves its operator.
// Derived from the auth secret (every instance of one server agrees; nothing to store), shown by
// `npm run app` and `npm run setup -- --code`, useless once an operator exists. Pure.
import { createHmac, timingSafeEqual } from "node:crypto";

// Crockford's base32: no I, L, O or U, so nothing is misread when copied by hand.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function digits(secret: string): string {
  const mac = createHmac("sha256", secret).update("harbour:first-operator").digest();
  let out = "";
  for (let i = 0; i < 12; i++) out += ALPHABET[mac[i]! % 32];
  return out;
}

/** e.g. "7KQ2-M9XD-4TRW": 60 bits, far beyond guessing. */
export function setupCode(secret: string): string {
  return digits(secret).match(/.{4}/g)!.join("-");
}

/** Accepts the code however it was typed: any case, spaces or dashes, O for 0, I or L for 1. */
export function isSetupCode(secret: string, typed: string): boolean {
  const clean = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  const want = Buffer.from(digits(secret));
  const got = Buffer.from(clean);
  return got.length === want.length && timingSafeEqual(got, want);
}
