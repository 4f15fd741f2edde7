// Issue 13 part 4: password reset by an emailed link that works once within 30 minutes and ends every
// other session; the request says nothing about whether the account exists. Against a real SMTP server.
import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import {
  LINK_DEAD,
  RESETS_PER_HOUR,
  resetLinkUsable,
  resetPassword,
  sendResetLink,
} from "@/lib/auth/password-reset";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";
import { smtpForThisFile } from "./support/smtp";

const smtp = await smtpForThisFile();
const OLD = "the old long passphrase";
const NEW = "a brand new long passphrase";
const source = { address: "198.51.100.7", deviceId: null };

async function account(opts: { verified?: boolean } = {}) {
  const school = await makeSchool();
  const email = `reset-${Math.random().toString(36).slice(2)}@example.test`;
  const person = await makePerson({ email, passwordHash: await hashPassword(OLD) });
  if (opts.verified !== false)
    await ownerDb().person.update({ where: { id: person.id }, data: { emailVerifiedAt: new Date() } });
  await makeMember(school.id, "STAFF", "TEACHER", person);
  return person;
}

function linksMailedTo(email: string): string[] {
  return smtp.received
    .filter((m) => m.to.includes(email))
    .map((m) => /\/reset-password\/([A-Za-z0-9_-]{43})/.exec(m.data.replace(/=\n/g, ""))?.[1] ?? "");
}
const person = (id: string) => ownerDb().person.findUniqueOrThrow({ where: { id } });

describe("password reset", () => {
  it("mails a link that sets the password once, proves the address and ends every other session", async () => {
    const p = await account({ verified: false });
    expect(await sendResetLink(p.email.toUpperCase())).toBe("sent");
    const [token] = linksMailedTo(p.email);
    expect(token).toHaveLength(43);
    expect(await resetLinkUsable(token!)).toBe(true);
    const before = await person(p.id);

    expect(await resetPassword(token!, NEW)).toEqual({ email: p.email });
    const after = await person(p.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect((await attemptSignIn({ email: p.email, password: OLD }, source)).status).toBe("failed");
    expect((await attemptSignIn({ email: p.email, password: NEW }, source)).status).toBe("signed-in");
    expect(await ownerDb().auditEvent.count({ where: { action: "password.reset", targetId: p.id } })).toBe(1);

    // Once only: the second use changes nothing.
    await expect(resetPassword(token!, "yet another long passphrase")).rejects.toThrow(LINK_DEAD);
    expect((await person(p.id)).passwordHash).toBe(after.passwordHash);
    expect(await resetLinkUsable(token!)).toBe(false);
  });

  it("refuses a link after 30 minutes, and one that was never sent", async () => {
    const p = await account();
    const sentAt = new Date();
    await sendResetLink(p.email, sentAt);
    const [token] = linksMailedTo(p.email);
    const late = new Date(sentAt.getTime() + 31 * 60 * 1000);
    await expect(resetPassword(token!, NEW, late)).rejects.toThrow(LINK_DEAD);
    await expect(resetPassword("x".repeat(43), NEW)).rejects.toThrow(LINK_DEAD);
    expect((await person(p.id)).passwordHash).toBe(p.passwordHash);
  });

  it("closes the person's other links when one is used", async () => {
    const p = await account();
    await sendResetLink(p.email);
    await sendResetLink(p.email);
    const [first, second] = linksMailedTo(p.email);
    await resetPassword(second!, NEW);
    await expect(resetPassword(first!, "yet another long passphrase")).rejects.toThrow(LINK_DEAD);
  });

  it("lets exactly one of two racing uses of a link through", async () => {
    const p = await account();
    await sendResetLink(p.email);
    const [token] = linksMailedTo(p.email);
    const outcomes = await Promise.allSettled([
      resetPassword(token!, "racing passphrase number one"),
      resetPassword(token!, "racing passphrase number two"),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((await person(p.id)).sessionVersion).toBe(p.sessionVersion + 1);
  });

  it("refuses a commonly used password beside the field, and writes nothing", async () => {
    const p = await account();
    await sendResetLink(p.email);
    const [token] = linksMailedTo(p.email);
    await expect(resetPassword(token!, "password1234")).rejects.toMatchObject({
      fieldErrors: { password: [expect.stringMatching(/commonly used/)] },
    });
    expect(await resetLinkUsable(token!)).toBe(true);
    expect((await person(p.id)).passwordHash).toBe(p.passwordHash);
  });

  it("mails nothing, and stores nothing, for an address with no account", async () => {
    const email = `nobody-${Math.random().toString(36).slice(2)}@example.test`;
    const mails = smtp.received.length;
    expect(await sendResetLink(email)).toBe("none");
    expect(smtp.received.length).toBe(mails);
  });

  it(`mails at most ${RESETS_PER_HOUR} links an hour to one account`, async () => {
    const p = await account();
    const outcomes = [];
    for (let i = 0; i <= RESETS_PER_HOUR; i++) outcomes.push(await sendResetLink(p.email));
    expect(outcomes).toEqual([...Array(RESETS_PER_HOUR).fill("sent"), "limited"]);
    expect(linksMailedTo(p.email)).toHaveLength(RESETS_PER_HOUR);
  });

  it("says whom to ask, and resets nothing, when several unconfirmed accounts share the address", async () => {
    const a = await account({ verified: false });
    const b = await makePerson({ email: a.email, passwordHash: await hashPassword(OLD) });
    expect(await sendResetLink(a.email)).toBe("ambiguous");
    expect(linksMailedTo(a.email)).toEqual([""]);
    expect(await ownerDb().passwordReset.count({ where: { personId: { in: [a.id, b.id] } } })).toBe(0);
  });
});
