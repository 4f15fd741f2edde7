// A school's Wonde token at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the auth
// secret, with the school id as associated data, so a sealed token copied to another school's row
// does not open. Decision 0021. Pure given the secret: no database, no config.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "harbour", "wonde-token v1", 32));
}

export function sealToken(secret: string, schoolId: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  cipher.setAAD(Buffer.from(schoolId));
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws if the text was altered, sealed for another school, or under another secret. */
export function openToken(secret: string, schoolId: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("Not a sealed Wonde token.");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(schoolId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** What the page may show of a token. */
export function tokenEnd(token: string): string {
  return token.slice(-4);
}
