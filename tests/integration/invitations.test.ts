import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import { UserError } from "@/lib/errors";
import { acceptInvitation, inviteOne, viewInvitation } from "@/lib/people/invitations";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";

const PASSWORD = "a sensible long passphrase";

async function invite(email = `new-${Math.random().toString(36).slice(2)}@example.test`) {
  const school = await makeSchool();
  const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  const issued = await inviteOne(
    { personId: lead.id, schoolId: school.id, schoolName: school.name },
    { email, role: "STAFF", jobRole: "TEACHING_ASSISTANT" },
  );
  const token = issued.link.split("/invitations/")[1]!;
  return { school, lead, issued, token, email };
}

const accept = (token: string, password = PASSWORD) =>
  acceptInvitation({ token, name: "New Person", password, confirmPassword: password });

describe("invitations", () => {
  it("shows the link to the inviter when no SMTP is set, and stores only the token's hash", async () => {
    const { issued, token } = await invite();
    expect(issued.emailed).toBe(false);
    expect(issued.link).toMatch(/\/invitations\/[A-Za-z0-9_-]{43}$/);
    const stored = await ownerDb().invitation.findMany({ where: { tokenHash: token } });
    expect(stored).toHaveLength(0);
  });

  it("creates the person and their membership once, and works only once", async () => {
    const { school, token, email } = await invite();
    expect((await viewInvitation(token))!.state).toBe("open");
    await accept(token);
    const person = await ownerDb().person.findUnique({ where: { email }, include: { memberships: true } });
    expect(person!.memberships).toMatchObject([{ schoolId: school.id, role: "STAFF", jobRole: "TEACHING_ASSISTANT" }]);
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
    await expect(accept(token)).resolves.toBeTruthy(); // still fine today
    const second = await invite();
    await expect(acceptInvitation({ token: second.token, name: "X", password: PASSWORD, confirmPassword: PASSWORD }, eightDaysOn)).rejects.toThrow(/expired/);
  });

  it("refuses a common password beside the field, and writes nothing", async () => {
    const { token, email } = await invite();
    const error = await accept(token, "password1234").catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fieldErrors?.password?.[0]).toMatch(/commonly used/);
    expect(await ownerDb().person.count({ where: { email } })).toBe(0);
    expect((await viewInvitation(token))!.state).toBe("open");
  });

  it("asks someone who already has an account for that account's password", async () => {
    const existing = await makePerson({ passwordHash: await hashPassword(PASSWORD) });
    const { token, school } = await invite(existing.email);
    expect((await viewInvitation(token))!.hasAccount).toBe(true);
    await expect(accept(token, "not the right password")).rejects.toThrow(/already have a Harbour account/);
    await accept(token, PASSWORD);
    expect(await ownerDb().membership.count({ where: { personId: existing.id, schoolId: school.id } })).toBe(1);
  });

  it("refuses to invite a current member or someone already invited", async () => {
    const { school, lead, email } = await invite();
    const by = { personId: lead.id, schoolId: school.id, schoolName: school.name };
    await expect(inviteOne(by, { email, role: "STAFF", jobRole: "TEACHER" })).rejects.toThrow(/already has an invitation/);
    const member = await makeMember(school.id);
    await expect(inviteOne(by, { email: member.email, role: "STAFF", jobRole: "TEACHER" })).rejects.toThrow(/already a member/);
  });

  it("treats an unknown token as not found", async () => {
    expect(await viewInvitation("x".repeat(43))).toBeNull();
    await expect(accept("y".repeat(43))).rejects.toThrow(/not valid/);
  });
});
