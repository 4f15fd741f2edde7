// The keyed pseudonym of a CONFIDENTIAL response (decision 0045): repeatable for the person, useless
// without the key, and the key comes from PSEUDONYM_KEY or, failing that, from the auth secret.
import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { pseudonymFor } from "@/lib/assessment/pseudonym";
import { readConfig } from "@/lib/config";

const key = randomBytes(32);

describe("pseudonymFor", () => {
  it("is HMAC-SHA256 of the round and the person under the key, the same every time", () => {
    const expected = createHmac("sha256", key).update("round-1\u0000person-1").digest("base64url");
    expect(pseudonymFor("round-1", "person-1", key)).toBe(expected);
    expect(pseudonymFor("round-1", "person-1", key)).toBe(pseudonymFor("round-1", "person-1", key));
  });

  it("differs by round, by person, by key, and keeps the two parts apart", () => {
    const base = pseudonymFor("round-1", "person-1", key);
    expect(pseudonymFor("round-2", "person-1", key)).not.toBe(base);
    expect(pseudonymFor("round-1", "person-2", key)).not.toBe(base);
    expect(pseudonymFor("round-1", "person-1", randomBytes(32))).not.toBe(base);
    expect(pseudonymFor("ab", "c", key)).not.toBe(pseudonymFor("a", "bc", key));
  });
});

describe("the pseudonym key", () => {
  const secret = "s".repeat(40);
  const server = {
    DATABASE_URL: "postgresql://app@db/harbour",
    NEXTAUTH_SECRET: secret,
    NODE_ENV: "test" as const,
  };

  it("is PSEUDONYM_KEY when set", () => {
    const config = readConfig({ ...server, PSEUDONYM_KEY: key.toString("base64") });
    expect(config.pseudonymKey.equals(key)).toBe(true);
  });

  it("is otherwise derived from the auth secret, and not the secret itself nor the two-step key", () => {
    const a = readConfig(server).pseudonymKey;
    expect(a).toHaveLength(32);
    expect(a.equals(readConfig(server).pseudonymKey)).toBe(true);
    expect(a.equals(readConfig(server).twoFactor.key)).toBe(false);
    expect(a.equals(readConfig({ ...server, NEXTAUTH_SECRET: "t".repeat(40) }).pseudonymKey)).toBe(false);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => readConfig({ ...server, PSEUDONYM_KEY: "c2hvcnQ=" })).toThrow(/PSEUDONYM_KEY/);
  });
});
