import { describe, expect, it } from "vitest";
import { acceptAsNewAccount } from "@/lib/people/accept-invitation";
import { viewInvitation } from "@/lib/people/invitations";
import { confirmByLink, lookUpSchool, requestSchool, viewConfirmLink } from "@/lib/school-requests/queries";
import { ownerDb } from "./support/fixtures";
import { makeRegisterSchool } from "./support/register-fixtures";
import { smtpForThisFile } from "./support/smtp";

// With SMTP set, a school with a website gets its confirmation link by email, to its own domain only.
const smtp = await smtpForThisFile();

const PASSWORD = "a sensible long passphrase";

function tokenMailedTo(email: string): string {
  const mail = smtp.received.filter((m) => m.to.includes(email)).at(-1);
  const text = (mail?.data ?? "").replace(/=\n/g, "");
  return /\/start\/confirm\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";
}

async function requested() {
  const entry = await makeRegisterSchool();
  const email = `sam@office.school${entry.urn}.example`;
  expect((await lookUpSchool(entry.urn)).confirmBy).toBe("email");
  const made = await requestSchool(
    { urn: entry.urn, requesterName: "Sam Lead", jobRole: "SENIOR_MH_LEAD", email },
    `address-${entry.urn}`,
  );
  expect(made).toEqual({ confirmBy: "email", email });
  return { entry, email, token: tokenMailedTo(email) };
}

describe("starting Harbour for a school, confirmed by an emailed link", () => {
  it("emails a single-use link (stored hashed) that makes the school and its LEAD, whose address is then confirmed", async () => {
    const { entry, email, token } = await requested();
    expect(token).not.toBe("");
    expect(await ownerDb().schoolRequest.count({ where: { tokenHash: token } })).toBe(0);
    expect(await viewConfirmLink(token)).toMatchObject({ schoolName: entry.name, email, state: "open" });
    expect(await ownerDb().school.count({ where: { urn: entry.urn } })).toBe(0);

    const { invitationPath } = await confirmByLink(token);
    const invitationToken = invitationPath.split("/invitations/")[1]!;
    expect(await viewInvitation(invitationToken)).toMatchObject({
      email,
      role: "LEAD",
      schoolName: entry.name,
      state: "open",
    });
    await expect(confirmByLink(token)).rejects.toThrow(/already been used/);
    expect((await viewConfirmLink(token))!.state).toBe("used");

    await acceptAsNewAccount({
      token: invitationToken,
      name: "Sam Lead",
      password: PASSWORD,
      confirmPassword: PASSWORD,
    });
    const person = await ownerDb().person.findFirstOrThrow({
      where: { email },
      include: { memberships: true },
    });
    expect(person.emailVerifiedAt).not.toBeNull();
    expect(person.memberships).toMatchObject([{ role: "LEAD" }]);
    expect(
      await ownerDb().auditEvent.count({
        where: { action: "school-request.confirmed", schoolId: person.memberships[0]!.schoolId },
      }),
    ).toBe(1);
  });

  it("expires the link after 24 hours and lets only one of two simultaneous uses through", async () => {
    const first = await requested();
    await expect(confirmByLink(first.token, new Date(Date.now() + 25 * 3600_000))).rejects.toThrow(/expired/);
    const results = await Promise.allSettled([confirmByLink(first.token), confirmByLink(first.token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await ownerDb().school.count({ where: { urn: first.entry.urn } })).toBe(1);
  });

  it("says a school that joined meanwhile already uses Harbour, and makes nothing", async () => {
    const { entry, token } = await requested();
    await ownerDb().school.create({ data: { name: entry.name, urn: entry.urn, phase: "PRIMARY" } });
    await expect(confirmByLink(token)).rejects.toThrow(/already uses Harbour/);
    expect((await viewConfirmLink(token))!.state).toBe("open");
  });
});
