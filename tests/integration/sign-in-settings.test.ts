// A school's sign-in settings through its server actions: bad input refused beside the field with
// nothing written, domains owned by one school only, no lead locked out, and no reach into another school.
import { describe, expect, it, vi } from "vitest";
import { withScope } from "@/lib/db/scope";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";

// Microsoft is configured for this Harbour; Google is not (so its Workspace cannot be required).
process.env.MICROSOFT_CLIENT_ID = "harbour-microsoft";
process.env.MICROSOFT_CLIENT_SECRET = "microsoft-secret";
delete process.env.GOOGLE_CLIENT_ID;
delete process.env.GOOGLE_CLIENT_SECRET;

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { linkEmailDomain, saveSignInProviders, unlinkEmailDomain } =
  await import("@/app/schools/[schoolId]/settings/sign-in/actions");

const TENANT = "3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11";
let n = 0;
async function leadOf(opts: { verified?: boolean } = {}) {
  const domain = `settings${++n}-${Date.now()}.sch.uk`;
  const school = await makeSchool();
  const lead = await makeMember(
    school.id,
    "LEAD",
    "SENIOR_MH_LEAD",
    await makePerson({ email: `lead@${domain}` }),
  );
  if (opts.verified !== false)
    await ownerDb().person.update({ where: { id: lead.id }, data: { emailVerifiedAt: new Date() } });
  session.personId = lead.id;
  return { schoolId: school.id, domain, lead };
}
const domainsOf = (schoolId: string) =>
  ownerDb().schoolEmailDomain.findMany({ where: { schoolId }, select: { domain: true } });
const settings = (
  over: Partial<{ microsoftTenantId: string; googleHostedDomain: string; requireProvider: boolean }>,
) => ({
  microsoftTenantId: "",
  googleHostedDomain: "",
  requireProvider: false,
  ...over,
});

describe("linking an email domain", () => {
  it("links the lead's own confirmed domain, written as typed in any case", async () => {
    const { schoolId, domain } = await leadOf();
    expect(await linkEmailDomain(schoolId, { domain: ` @${domain.toUpperCase()} ` })).toEqual({
      ok: true,
      data: { domain },
    });
    expect(await domainsOf(schoolId)).toEqual([{ domain }]);
  });

  it.each([
    ["gmail.com", "public mail service"],
    ["outlook.com", "public mail service"],
    ["not a domain", "Enter a domain such as"],
    ["", "Enter your school's email domain"],
  ])("refuses %j beside the field", async (domain, words) => {
    const { schoolId } = await leadOf();
    const out = await linkEmailDomain(schoolId, { domain });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.fieldErrors?.domain?.[0]).toContain(words);
    expect(await domainsOf(schoolId)).toEqual([]);
  });

  it("refuses a domain that is not the lead's own, or when the lead's address is unconfirmed", async () => {
    const { schoolId } = await leadOf();
    const other = await linkEmailDomain(schoolId, { domain: "someone-else.sch.uk" });
    expect(!other.ok && other.fieldErrors?.domain?.[0]).toMatch(/only the domain of your own email/);
    const unconfirmed = await leadOf({ verified: false });
    const out = await linkEmailDomain(unconfirmed.schoolId, { domain: unconfirmed.domain });
    expect(!out.ok && out.fieldErrors?.domain?.[0]).toMatch(/Confirm your own email address first/);
    expect(await domainsOf(unconfirmed.schoolId)).toEqual([]);
  });

  it("refuses a domain another school has linked, and writes nothing", async () => {
    const first = await leadOf();
    await linkEmailDomain(first.schoolId, { domain: first.domain });
    const school = await makeSchool();
    const rival = await makeMember(
      school.id,
      "LEAD",
      "SENIOR_MH_LEAD",
      await makePerson({ email: `other@${first.domain}` }),
    );
    await ownerDb().person.update({ where: { id: rival.id }, data: { emailVerifiedAt: new Date() } });
    session.personId = rival.id;
    const out = await linkEmailDomain(school.id, { domain: first.domain });
    expect(out).toMatchObject({
      ok: false,
      code: "conflict",
      message: "That domain is already linked to another school.",
    });
    expect(await domainsOf(school.id)).toEqual([]);
    expect(await ownerDb().auditEvent.count({ where: { schoolId: school.id } })).toBe(0);
  });
});

describe("the Microsoft tenant, the Google Workspace and the requirement", () => {
  it("refuses a malformed tenant id and a Workspace domain the school has not linked", async () => {
    const { schoolId } = await leadOf();
    const badTenant = await saveSignInProviders(schoolId, settings({ microsoftTenantId: "contoso" }));
    expect(!badTenant.ok && badTenant.fieldErrors?.microsoftTenantId?.[0]).toMatch(/directory \(tenant\) ID/);
    const badHd = await saveSignInProviders(schoolId, settings({ googleHostedDomain: "elsewhere.sch.uk" }));
    expect(!badHd.ok && badHd.fieldErrors?.googleHostedDomain?.[0]).toMatch(/linked email domains/);
    expect(await ownerDb().schoolSignIn.count({ where: { schoolId } })).toBe(0);
  });

  it("will not require a provider that could not sign the lead back in", async () => {
    const { schoolId, domain } = await leadOf();
    // Nothing linked at all.
    const none = await saveSignInProviders(schoolId, settings({ requireProvider: true }));
    expect(!none.ok && none.fieldErrors?.requireProvider?.[0]).toMatch(/before requiring it/);
    // Google is linked but this Harbour has no Google client configured.
    await linkEmailDomain(schoolId, { domain });
    const google = await saveSignInProviders(
      schoolId,
      settings({ googleHostedDomain: domain, requireProvider: true }),
    );
    expect(!google.ok && google.fieldErrors?.requireProvider?.[0]).toMatch(/before requiring it/);
    expect(await ownerDb().schoolSignIn.count({ where: { schoolId } })).toBe(0);
    // Microsoft is configured and its tenant linked, and the lead's own domain is linked: allowed.
    const ok = await saveSignInProviders(
      schoolId,
      settings({ microsoftTenantId: TENANT.toUpperCase(), requireProvider: true }),
    );
    expect(ok).toMatchObject({ ok: true, data: { microsoftTenantId: TENANT, requireProvider: true } });
  });

  it("will not require it while the lead's own domain is unlinked", async () => {
    const { schoolId } = await leadOf();
    const out = await saveSignInProviders(
      schoolId,
      settings({ microsoftTenantId: TENANT, requireProvider: true }),
    );
    expect(!out.ok && out.fieldErrors?.requireProvider?.[0]).toMatch(/own email address first/);
  });

  it("keeps the Workspace domain and the last domain of a school that requires sign-in", async () => {
    const { schoolId, domain } = await leadOf();
    await linkEmailDomain(schoolId, { domain });
    await saveSignInProviders(schoolId, settings({ microsoftTenantId: TENANT, googleHostedDomain: domain }));
    expect(await unlinkEmailDomain(schoolId, { domain })).toMatchObject({ ok: false, code: "conflict" });
    await saveSignInProviders(schoolId, settings({ microsoftTenantId: TENANT, requireProvider: true }));
    expect(await unlinkEmailDomain(schoolId, { domain })).toMatchObject({ ok: false, code: "conflict" });
    expect(await domainsOf(schoolId)).toEqual([{ domain }]);
  });
});

describe("another school's sign-in settings", () => {
  it("cannot be read, unlinked or written by this school's lead, even in SQL", async () => {
    const theirs = await leadOf();
    await linkEmailDomain(theirs.schoolId, { domain: theirs.domain });
    const mine = await leadOf();
    const out = await unlinkEmailDomain(mine.schoolId, { domain: theirs.domain });
    expect(out).toMatchObject({ ok: false, code: "not_found" });
    expect(await domainsOf(theirs.schoolId)).toEqual([{ domain: theirs.domain }]);
    const seen = await withScope({ personId: mine.lead.id, schoolId: mine.schoolId }, (tx) =>
      Promise.all([
        tx.schoolEmailDomain.findMany({ where: { schoolId: theirs.schoolId } }),
        tx.schoolSignIn.findMany({ where: { schoolId: theirs.schoolId } }),
      ]),
    );
    expect(seen).toEqual([[], []]);
    await expect(
      withScope({ personId: mine.lead.id, schoolId: mine.schoolId }, (tx) =>
        tx.schoolSignIn.create({ data: { schoolId: theirs.schoolId, requireProvider: true } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
