// The pure cores of two-step sign-in and passkeys (decision 0040): codes per time step, replay
// refused, sealed secrets bound to their person, recovery codes, and reading a passkey's challenge.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { challengeOf } from "@/lib/passkeys/challenge";
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  normaliseRecoveryCode,
} from "@/lib/two-factor/recovery-codes";
import { seal, unseal } from "@/lib/two-factor/sealed";
import { acceptedStep, groupedKey, newTotpSecret, totpCode } from "@/lib/two-factor/totp";

const T = 1_800_000_000; // a fixed moment: the cores take the time, never read the clock
const step = Math.floor(T / 30);

describe("authenticator codes", () => {
  const secret = newTotpSecret();
  it("accepts this step's code and its neighbours', not older or later ones", () => {
    expect(acceptedStep(secret, totpCode(secret, T), T, 0)).toBe(step);
    expect(acceptedStep(secret, totpCode(secret, T - 30), T, 0)).toBe(step - 1);
    expect(acceptedStep(secret, totpCode(secret, T + 30), T, 0)).toBe(step + 1);
    expect(acceptedStep(secret, totpCode(secret, T - 90), T, 0)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, T + 90), T, 0)).toBeNull();
  });
  it("refuses a code from a step already used (a replay)", () => {
    expect(acceptedStep(secret, totpCode(secret, T), T, step)).toBeNull();
    expect(acceptedStep(secret, totpCode(secret, T + 30), T, step)).toBe(step + 1);
  });
  it("refuses anything that is not six digits, whatever it is", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        fc.pre(!/^\d{6}$/.test(typed));
        expect(acceptedStep(secret, typed, T, 0)).toBeNull();
      }),
    );
  });
  it("shows the key in groups of four", () => {
    expect(groupedKey("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
  });
});

describe("sealed secrets", () => {
  const key = randomBytes(32);
  it("opens only with the same key and the same person", () => {
    const sealed = seal(key, "SECRETSECRET", "person-1");
    expect(sealed).not.toContain("SECRETSECRET");
    expect(unseal(key, sealed, "person-1")).toBe("SECRETSECRET");
    expect(() => unseal(key, sealed, "person-2")).toThrow();
    expect(() => unseal(randomBytes(32), sealed, "person-1")).toThrow();
    expect(seal(key, "SECRETSECRET", "person-1")).not.toBe(sealed); // a fresh nonce each time
  });
});

describe("recovery codes", () => {
  it("are ten different codes, read off paper in any case, with or without the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) {
      expect(c).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      expect(looksLikeRecoveryCode(c.toLowerCase().replace("-", " "))).toBe(true);
      expect(hashRecoveryCode(c.toLowerCase())).toBe(hashRecoveryCode(normaliseRecoveryCode(c)));
    }
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });
});

describe("a passkey answer's challenge", () => {
  const answer = (clientDataJSON: unknown) => ({ response: { clientDataJSON } });
  it("is read from the client data, and anything malformed gives none", () => {
    const data = Buffer.from(JSON.stringify({ challenge: "abc", type: "webauthn.get" })).toString(
      "base64url",
    );
    expect(challengeOf(answer(data))).toBe("abc");
    expect(challengeOf(answer("not base64 json"))).toBeNull();
    expect(challengeOf(answer(42))).toBeNull();
    expect(challengeOf({})).toBeNull();
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => challengeOf(answer(s))).not.toThrow();
      }),
    );
  });
});
