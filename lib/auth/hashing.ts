import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB, two passes, one lane.
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or against a throwaway hash when there is none, so that an
 * unknown email takes about as long to refuse as a wrong password.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string) {
  dummyHash ??= hashPassword("harbour-timing-equaliser-not-a-password");
  const target = storedHash ?? (await dummyHash);
  const matches = await verify(target, password).catch(() => false);
  return matches && Boolean(storedHash);
}
