import { describe, expect, it } from "vitest";
import { checkLinks, identityFromClaims } from "@/lib/sso/claims";
import { domainSchema, emailDomain } from "@/lib/sso/domains";

const TENANT = "3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11";

describe("what a Microsoft token proves", () => {
  it("takes the email only when xms_edov vouches for its domain, in any of Microsoft's spellings", () => {
    for (const xms_edov of [true, "true", 1, "1"]) {
      expect(
        identityFromClaims("microsoft", { email: "A@School.sch.uk", tid: TENANT, xms_edov }),
      ).toMatchObject({
        ok: true,
        identity: { email: "a@school.sch.uk", tenantId: TENANT },
      });
    }
    for (const xms_edov of [false, "false", 0, undefined]) {
      expect(identityFromClaims("microsoft", { email: "a@school.sch.uk", tid: TENANT, xms_edov })).toEqual({
        ok: false,
        refusal: "unverified-email",
      });
    }
  });

  it("never falls back to preferred_username or upn, and needs a tenant", () => {
    const claims = {
      preferred_username: "a@school.sch.uk",
      upn: "a@school.sch.uk",
      tid: TENANT,
      xms_edov: true,
    };
    expect(identityFromClaims("microsoft", claims)).toMatchObject({ ok: false });
    expect(identityFromClaims("microsoft", { email: "a@school.sch.uk", xms_edov: true })).toMatchObject({
      ok: false,
    });
  });

  it("matches only the school's own tenant", () => {
    const read = identityFromClaims("microsoft", { email: "a@s.sch.uk", tid: TENANT, xms_edov: true });
    if (!read.ok) throw new Error("expected an identity");
    expect(checkLinks(read.identity, { microsoftTenantId: TENANT, googleHostedDomain: null })).toBeNull();
    expect(
      checkLinks(read.identity, {
        microsoftTenantId: "00000000-0000-4000-8000-000000000000",
        googleHostedDomain: null,
      }),
    ).toBe("wrong-tenant");
    expect(checkLinks(read.identity, { microsoftTenantId: null, googleHostedDomain: "s.sch.uk" })).toBe(
      "not-linked",
    );
  });
});

describe("what a Google token proves", () => {
  it("needs email_verified exactly true and the school's Workspace as hd", () => {
    expect(
      identityFromClaims("google", { email: "a@s.sch.uk", email_verified: "true", hd: "s.sch.uk" }),
    ).toMatchObject({ ok: false });
    const read = identityFromClaims("google", { email: "a@s.sch.uk", email_verified: true, hd: "S.sch.uk" });
    if (!read.ok) throw new Error("expected an identity");
    expect(checkLinks(read.identity, { microsoftTenantId: null, googleHostedDomain: "s.sch.uk" })).toBeNull();
    const personal = identityFromClaims("google", { email: "a@gmail.com", email_verified: true });
    if (!personal.ok) throw new Error("expected an identity");
    expect(checkLinks(personal.identity, { microsoftTenantId: null, googleHostedDomain: "s.sch.uk" })).toBe(
      "wrong-workspace",
    );
  });
});

describe("email domains", () => {
  it("reads the domain after the last @", () =>
    expect(emailDomain("A@b@School.sch.uk")).toBe("school.sch.uk"));

  it("accepts a school domain however it is typed, and refuses public mail and non-domains", () => {
    expect(domainSchema.parse("  @Brookfield.SCH.uk ")).toBe("brookfield.sch.uk");
    for (const bad of [
      "gmail.com",
      "Outlook.com",
      "school",
      "a b.sch.uk",
      "-x.sch.uk",
      "x..uk",
      "https://x.sch.uk",
    ])
      expect(domainSchema.safeParse(bad).success, bad).toBe(false);
  });
});
