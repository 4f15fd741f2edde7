import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import { UserError } from "@/lib/errors";
import { acceptAsNewAccount, acceptAsSignedIn } from "@/lib/people/accept-invitation";
import { inviteOne, viewInvitation } from "@/lib/people/invitations";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";

const PASSWORD = "a sensible long passphrase";
const newEmail = () => `new-${Math.random().toString(36).slice(2)}@example.test`;

async function invite(email = newEmail(), school?: { id: string; name: string }) {
  school ??= await makeSchool();
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const issued = await inviteOne(
    { personId: lead.id, schoolId: school.id, schoolName: school.name },
    { email, role: "STAFF", jobRole: "TEACHING_ASSISTANT" },
  );
  const token = issued.link!.split("/invitations/")[1]!;
  return { school, lead, issued, token, email };
}

const accept = (token: string, password = PASSWORD) =>
  acceptAsNewAccount({ token, name: "New Person", password, confirmPassword: password });

const schoolsOf = async (personId: string) =>
  (await ownerDb().membership.findMany({ where: { personId } })).map((m) => m.schoolId).sort();

describe("invitations", () => {
  it("shows the link to the inviter when no SMTP is set, and stores only the token's hash", async () => {
    const { issued, token } = await invite();
    expect(issued.emailed).toBe(false);
    expect(issued.link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(await ownerDb().invitation.findMany({ where: { tokenHash: token } })).toHaveLength(0);
  });

  it("creates the person and their membership once, and works only once", async () => {
    const { school, token, email } = await invite();
    expect((await viewInvitation(token))!.state).toBe("open");
    await accept(token);
    const person = await ownerDb().person.findFirst({ where: { email }, include: { memberships: true } });
    expect(person!.memberships).toMatchObject([
      { schoolId: school.id, role: "STAFF", jobRole: "TEACHING_ASSISTANT" },
    ]);
    // A link shared by hand proves nothing about the address.
    expect(person!.emailVerifiedAt).toBeNull();
    expect((await viewInvitation(token))!.state).toBe("used");
    await expect(accept(token)).rejects.toThrow(/already been used/);
    expect(await ownerDb().membership.count({ where: { personId: person!.id } })).toBe(1);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token, email } = await invite();
    const results = await Promise.allSettled([accept(token), accept(token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await ownerDb().person.count({ where: { email } })).toBe(1);
  });

  it("expires after 7 days", async () => {
    const { token } = await invite();
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    expect((await viewInvitation(token, eightDaysOn))!.state).toBe("expired");
    await expect(accept(token)).resolves.toBeTruthy();
    const second = await invite();
    await expect(
      acceptAsNewAccount(
        { token: second.token, name: "X", password: PASSWORD, confirmPassword: PASSWORD },
        eightDaysOn,
      ),
    ).rejects.toThrow(/expired/);
  });

  it("refuses a common password beside the field, and writes nothing", async () => {
    const { token, email } = await invite();
    const error = await accept(token, "password1234").catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.password?.[0]).toMatch(/commonly used/);
    expect(await ownerDb().person.count({ where: { email } })).toBe(0);
    expect((await viewInvitation(token))!.state).toBe("open");
  });

  it("is no password-guessing channel and does not say whether an account exists", async () => {
    const existing = await makePerson({ passwordHash: await hashPassword(PASSWORD) });
    const { token, school } = await invite(existing.email);
    const other = await invite();
    // The page reads the same for an address with an account and one without.
    const sameShape = (view: Awaited<ReturnType<typeof viewInvitation>>) => ({
      ...view!,
      email: "",
      schoolName: "",
    });
    expect(sameShape(await viewInvitation(token))).toEqual(sameShape(await viewInvitation(other.token)));
    // The account's own password joins nothing to it: the form never checks a password.
    await accept(token, PASSWORD);
    expect(await schoolsOf(existing.id)).toEqual([]);
    expect(await ownerDb().person.count({ where: { email: existing.email } })).toBe(2);
    expect(
      await ownerDb().membership.count({ where: { schoolId: school.id, personId: { not: existing.id } } }),
    ).toBe(2);
  });

  it("lets someone with an account join by accepting while signed in as the invited address", async () => {
    const existing = await makePerson({ passwordHash: await hashPassword(PASSWORD) });
    const { token, school } = await invite(existing.email);
    const stranger = await makePerson();
    await expect(acceptAsSignedIn(token, stranger.id)).rejects.toThrow(/is for another email address/);
    await acceptAsSignedIn(token, existing.id);
    expect(await schoolsOf(existing.id)).toEqual([school.id]);
    await expect(acceptAsSignedIn(token, existing.id)).rejects.toThrow(/already been used/);
  });

  it("never lets an account made from a hand-shared link block another school's invitation", async () => {
    // School A's lead holds A's link for someone at another school and sets the password himself.
    const email = newEmail();
    const a = await invite(email);
    await accept(a.token, "the lead of school a chose this");
    const taken = (await ownerDb().person.findFirstOrThrow({ where: { email } })).id;
    // The person's own school invites them: its link works, and makes an account of their own.
    const b = await invite(email);
    await expect(accept(b.token, "the real person chose this")).resolves.toEqual({ email });
    const own = await ownerDb().person.findFirstOrThrow({ where: { email, id: { not: taken } } });
    expect(await schoolsOf(own.id)).toEqual([b.school.id]);
    expect(await schoolsOf(taken)).toEqual([a.school.id]);
  });

  it("keeps an unproven account to its first school until its address is confirmed", async () => {
    const email = newEmail();
    const a = await invite(email);
    await accept(a.token);
    const person = await ownerDb().person.findFirstOrThrow({ where: { email } });
    const b = await invite(email);
    await expect(acceptAsSignedIn(b.token, person.id)).rejects.toThrow(/confirm/);
    expect(await schoolsOf(person.id)).toEqual([a.school.id]);
    expect((await viewInvitation(b.token))!.state).toBe("open");
    // Once an operator has confirmed the address, the same link works.
    await ownerDb().person.update({ where: { id: person.id }, data: { emailVerifiedAt: new Date() } });
    await acceptAsSignedIn(b.token, person.id);
    expect(await schoolsOf(person.id)).toEqual([a.school.id, b.school.id].sort());
  });

  it("refuses to invite a current member or someone already invited", async () => {
    const { school, lead, email } = await invite();
    const by = { personId: lead.id, schoolId: school.id, schoolName: school.name };
    await expect(inviteOne(by, { email, role: "STAFF", jobRole: "TEACHER" })).rejects.toThrow(
      /already has an invitation/,
    );
    const member = await makeMember(school.id);
    await expect(inviteOne(by, { email: member.email, role: "STAFF", jobRole: "TEACHER" })).rejects.toThrow(
      /already a member/,
    );
  });

  it("treats an unknown token as not found", async () => {
    expect(await viewInvitation("x".repeat(43))).toBeNull();
    await expect(accept("y".repeat(43))).rejects.toThrow(/not valid/);
    const p = await makePerson();
    await expect(acceptAsSignedIn("y".repeat(43), p.id)).rejects.toThrow(/not valid/);
  });
});
