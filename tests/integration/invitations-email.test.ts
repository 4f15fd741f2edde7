import { describe, expect, it } from "vitest";
import { acceptAsNewAccount, acceptAsSignedIn } from "@/lib/people/accept-invitation";
import { inviteOne } from "@/lib/people/invitations";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";
import { smtpForThisFile } from "./support/smtp";

// With SMTP set the link goes to the invitee's mailbox and nowhere else, so using it proves the
// address. Configuration is read once per test file, so SMTP_URL is set before anything reads it.
const smtp = await smtpForThisFile();

const PASSWORD = "a sensible long passphrase";
const newEmail = (tag = "new") => `${tag}-${Math.random().toString(36).slice(2)}@example.test`;

async function invite(email: string) {
  const school = await makeSchool();
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const by = { personId: lead.id, schoolId: school.id, schoolName: school.name };
  const issued = await inviteOne(by, { email, role: "STAFF", jobRole: "TEACHER" });
  return { school, by, issued };
}

/** The token from the last message to this address (quoted-printable lines unfolded). */
function tokenMailedTo(email: string): string {
  const mail = smtp.received.filter((m) => m.to.includes(email)).at(-1);
  const text = (mail?.data ?? "").replace(/=\n/g, "");
  return /\/invitations\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
}

describe("invitations with SMTP", () => {
  it("sends the link only to the invitee: the inviter sees that it was sent, never the link", async () => {
    const email = newEmail();
    const { issued } = await invite(email);
    expect(issued).toEqual({ email, emailed: true });
    expect(tokenMailedTo(email)).toHaveLength(43);
    expect(await ownerDb().invitation.findFirstOrThrow({ where: { email } })).toMatchObject({
      sentByEmail: true,
    });
  });

  it("proves the address of an account made from an emailed link", async () => {
    const email = newEmail();
    await invite(email);
    await acceptAsNewAccount({
      token: tokenMailedTo(email),
      name: "Ana",
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    expect((await ownerDb().person.findFirstOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(
      Date,
    );
  });

  it("lets an unproven account join a second school through an emailed link, and proves it", async () => {
    const email = newEmail();
    const first = await makeSchool();
    const person = await makeMember(first.id, "STAFF", "TEACHER", await makePerson({ email }));
    const { school } = await invite(email);
    await acceptAsSignedIn(tokenMailedTo(email), person.id);
    const after = await ownerDb().person.findUniqueOrThrow({
      where: { id: person.id },
      include: { memberships: true },
    });
    expect(after.memberships.map((m) => m.schoolId).sort()).toEqual([first.id, school.id].sort());
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("withdraws an invitation whose email could not be sent, so the inviter can try again", async () => {
    const email = newEmail("bounce");
    const { issued, by } = await invite(email);
    expect(issued).toEqual({ email, emailed: false });
    expect(await ownerDb().invitation.count({ where: { email } })).toBe(0);
    await expect(inviteOne(by, { email, role: "STAFF", jobRole: "TEACHER" })).resolves.toMatchObject({
      emailed: false,
    });
  });
});
