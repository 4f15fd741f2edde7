import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { makePerson, ownerDb } from "./support/fixtures";

const PASSWORD = "a sensible long passphrase";

async function personWithPassword() {
  return makePerson({ passwordHash: await hashPassword(PASSWORD) });
}

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case, and records it", async () => {
    const p = await personWithPassword();
    const ok = await attemptSignIn({ email: p.email.toUpperCase(), password: PASSWORD }, "10.0.0.1");
    expect(ok).toEqual({ id: p.id, email: p.email, name: p.name });
    const events = await ownerDb().auditEvent.findMany({ where: { actorId: p.id, action: "sign-in.succeeded" } });
    expect(events).toHaveLength(1);
  });

  it("fails the same way for a wrong password, an unknown email and malformed input, and records failures", async () => {
    const p = await personWithPassword();
    expect(await attemptSignIn({ email: p.email, password: "wrong password here" }, "10.0.0.2")).toBeNull();
    expect(await attemptSignIn({ email: "nobody@example.test", password: PASSWORD }, "10.0.0.2")).toBeNull();
    expect(await attemptSignIn({ email: "not an email" }, "10.0.0.2")).toBeNull();
    const failures = await ownerDb().auditEvent.count({ where: { action: "sign-in.failed", detail: { path: ["address"], equals: "10.0.0.2" } } });
    expect(failures).toBe(3);
  });

  it("locks an account after too many failures, even with the right password, across instances", async () => {
    const p = await personWithPassword();
    for (let i = 0; i < SIGN_IN_LIMITS.account.maxFailures; i++) {
      // A different address each time: the account counter alone must stop it.
      expect(await attemptSignIn({ email: p.email, password: `wrong ${i} guess!!` }, `10.1.0.${i}`)).toBeNull();
    }
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, "10.1.1.1")).toBeNull();
    // The counter is a row in Postgres, not process memory: it is what another app instance would read.
    const bucket = await ownerDb().rateLimitBucket.findMany({ where: { key: { startsWith: "account:" } } });
    expect(bucket.some((b) => b.count >= SIGN_IN_LIMITS.account.maxFailures)).toBe(true);
  });

  it("lets the account in again once its window has passed", async () => {
    const p = await personWithPassword();
    for (let i = 0; i < SIGN_IN_LIMITS.account.maxFailures; i++) {
      await attemptSignIn({ email: p.email, password: `wrong ${i} guess!!` }, "10.2.0.1");
    }
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, "10.2.0.2")).toBeNull();
    await ownerDb().rateLimitBucket.updateMany({
      where: { key: { startsWith: "account:" } },
      data: { windowStart: new Date(Date.now() - (SIGN_IN_LIMITS.account.windowSeconds + 1) * 1000) },
    });
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, "10.2.0.3")).not.toBeNull();
  });

  it("limits failures per address across many accounts", async () => {
    await ownerDb().rateLimitBucket.deleteMany({});
    const address = "10.3.0.1";
    for (let i = 0; i < SIGN_IN_LIMITS.address.maxFailures; i++) {
      await attemptSignIn({ email: `guess${i}@example.test`, password: "wrong password!!" }, address);
    }
    const p = await personWithPassword();
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, address)).toBeNull();
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, "10.3.0.2")).not.toBeNull();
  }, 120_000);
});
