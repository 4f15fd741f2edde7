import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import { ACCOUNT, ACCOUNT_LOCK, PAIR } from "@/lib/auth/delays";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { makePerson, ownerDb } from "./support/fixtures";

const PASSWORD = "a sensible long passphrase";
const from = (address: string, deviceId: string | null = null) => ({ address, deviceId });
const wrong = (email: string, i: number) => ({ email, password: `wrong guess number ${i}` });

async function personWithPassword() {
  return makePerson({ passwordHash: await hashPassword(PASSWORD) });
}

/** Lets every delay run out, as if the attacker or the person had waited. */
async function waitOut() {
  await ownerDb().rateLimitBucket.updateMany({ data: { retryAt: new Date(Date.now() - 1000) } });
}

describe("sign-in", () => {
  it("signs in with the right password, whatever the email's case, and records it", async () => {
    const p = await personWithPassword();
    const ok = await attemptSignIn({ email: p.email.toUpperCase(), password: PASSWORD }, from("10.0.0.1"));
    expect(ok).toEqual({
      status: "signed-in",
      person: { id: p.id, email: p.email, name: p.name, sessionVersion: 0 },
    });
    const events = await ownerDb().auditEvent.findMany({
      where: { actorId: p.id, action: "sign-in.succeeded" },
    });
    expect(events).toHaveLength(1);
  });

  it("fails the same way for a wrong password, an unknown email and malformed input, and records failures", async () => {
    const p = await personWithPassword();
    expect(
      await attemptSignIn({ email: p.email, password: "wrong password here" }, from("10.0.0.2")),
    ).toEqual({ status: "failed" });
    expect(
      await attemptSignIn({ email: "nobody@example.test", password: PASSWORD }, from("10.0.0.2")),
    ).toEqual({ status: "failed" });
    expect(await attemptSignIn({ email: "not an email" }, from("10.0.0.2"))).toEqual({ status: "failed" });
    const failures = await ownerDb().auditEvent.count({
      where: { action: "sign-in.failed", detail: { path: ["address"], equals: "10.0.0.2" } },
    });
    expect(failures).toBe(3);
  });

  it("slows the guesser's own address with growing delays, not the person at another address", async () => {
    const p = await personWithPassword();
    for (let i = 0; i < PAIR.free; i++)
      expect((await attemptSignIn(wrong(p.email, i), from("10.1.0.1"))).status).toBe("failed");
    // Even the right password waits at the guessing address; the counter is a row in Postgres.
    expect(await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.1.0.1"))).toEqual({
      status: "wait",
      retryAfterSeconds: 1,
    });
    await waitOut();
    await attemptSignIn(wrong(p.email, 99), from("10.1.0.1"));
    expect(await attemptSignIn(wrong(p.email, 100), from("10.1.0.1"))).toEqual({
      status: "wait",
      retryAfterSeconds: 2,
    });
    // The person, from their own address, is not held back at all.
    expect((await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.1.9.9"))).status).toBe(
      "signed-in",
    );
  });

  it("does not let many addresses lock the account: the account-wide delay stays a few seconds", async () => {
    const p = await personWithPassword();
    for (let i = 0; i < ACCOUNT.free + 6; i++) {
      await waitOut();
      expect((await attemptSignIn(wrong(p.email, i), from(`10.2.0.${i}`))).status).toBe("failed");
    }
    const fresh = await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.2.9.9"));
    expect(fresh.status).toBe("wait");
    expect(fresh.status === "wait" && fresh.retryAfterSeconds).toBeLessThanOrEqual(ACCOUNT.capSeconds);
    // A browser the person signed in from before is not held back by the account-wide delay.
    expect(
      (await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.2.9.9", "their-laptop"))).status,
    ).toBe("signed-in");
  });

  it("after 100 consecutive failures, locks the account for new browsers only", async () => {
    const p = await personWithPassword();
    await attemptSignIn(wrong(p.email, 0), from("10.3.0.1"));
    await ownerDb().rateLimitBucket.updateMany({
      where: { key: { startsWith: "account:" }, count: 1 },
      data: { count: ACCOUNT_LOCK.afterFailures, retryAt: new Date() },
    });
    const locked = await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.3.9.9"));
    expect(locked.status === "wait" && locked.retryAfterSeconds).toBeGreaterThan(60);
    expect(
      (await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.3.9.9", "known-browser"))).status,
    ).toBe("signed-in");
    // The success ends the run of consecutive failures.
    expect((await attemptSignIn({ email: p.email, password: PASSWORD }, from("10.3.9.9"))).status).toBe(
      "signed-in",
    );
  });

  it("with no trusted proxy (one shared address), failures on other accounts never refuse a right password", async () => {
    for (let i = 0; i < 110; i++) await attemptSignIn(wrong(`guess${i}@example.test`, i), from("direct"));
    const p = await personWithPassword();
    expect((await attemptSignIn({ email: p.email, password: PASSWORD }, from("direct"))).status).toBe(
      "signed-in",
    );
  }, 120_000);

  it("counts parallel guesses one by one", async () => {
    const p = await personWithPassword();
    const outcomes = await Promise.all(
      Array.from({ length: PAIR.free + 3 }, (_, i) => attemptSignIn(wrong(p.email, i), from("10.4.0.1"))),
    );
    expect(outcomes.filter((o) => o.status === "failed")).toHaveLength(PAIR.free);
    expect(outcomes.filter((o) => o.status === "wait")).toHaveLength(3);
  });

  it("signs in to the account whose password matches when an address has several", async () => {
    const verified = await makePerson({ passwordHash: await hashPassword(PASSWORD) });
    await ownerDb().person.update({ where: { id: verified.id }, data: { emailVerifiedAt: new Date() } });
    const other = await makePerson({
      email: verified.email,
      passwordHash: await hashPassword("another school's passphrase"),
    });
    const a = await attemptSignIn({ email: verified.email, password: PASSWORD }, from("10.5.0.1"));
    const b = await attemptSignIn(
      { email: verified.email, password: "another school's passphrase" },
      from("10.5.0.1"),
    );
    expect(a.status === "signed-in" && a.person.id).toBe(verified.id);
    expect(b.status === "signed-in" && b.person.id).toBe(other.id);
  });
});
