// Sign in with Microsoft and Google, end to end through next-auth against two real OpenID Connect
// servers started here: signed id tokens, discovery, PKCE, state and nonce all real.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextAuthOptions } from "next-auth";
import type { OAuth2Server } from "oauth2-mock-server";
import { hashPassword } from "@/lib/auth/hashing";
import { endSessions } from "@/lib/auth/session-version";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { makeMember, makePerson, makeSchool, makeTrust, ownerDb } from "./support/fixtures";
import { nextToken, signInWith, startProvider } from "./support/oidc";

const TENANT = "3f1c2a9e-0b7d-4c55-9e21-6a8d4f0b1c11";
const OTHER_TENANT = "9a9a9a9a-1111-4222-8333-444455556666";
let microsoft: OAuth2Server;
let google: OAuth2Server;
let options: NextAuthOptions;

beforeAll(async () => {
  [microsoft, google] = await Promise.all([startProvider(), startProvider()]);
  Object.assign(process.env, {
    MICROSOFT_CLIENT_ID: "harbour-microsoft",
    MICROSOFT_CLIENT_SECRET: "microsoft-secret",
    MICROSOFT_ISSUER: microsoft.issuer.url,
    GOOGLE_CLIENT_ID: "harbour-google",
    GOOGLE_CLIENT_SECRET: "google-secret",
    GOOGLE_ISSUER: google.issuer.url,
  });
  options = (await import("@/lib/auth/options")).authOptions();
});

afterAll(async () => {
  for (const name of ["MICROSOFT", "GOOGLE"].flatMap((p) => [
    `${p}_CLIENT_ID`,
    `${p}_CLIENT_SECRET`,
    `${p}_ISSUER`,
  ]))
    delete process.env[name];
  await Promise.all([microsoft?.stop(), google?.stop()]);
});

let n = 0;
/** A school that linked its own domain, its Microsoft tenant and its Google Workspace, with one teacher. */
async function linkedSchool(opts: { requireProvider?: boolean } = {}) {
  const domain = `school${++n}-${Date.now()}.sch.uk`;
  const school = await makeSchool();
  const teacher = await makeMember(
    school.id,
    "STAFF",
    "TEACHER",
    await makePerson({ email: `teacher@${domain}` }),
  );
  await ownerDb().schoolEmailDomain.create({ data: { domain, schoolId: school.id, linkedById: teacher.id } });
  await ownerDb().schoolSignIn.create({
    data: {
      schoolId: school.id,
      microsoftTenantId: TENANT,
      googleHostedDomain: domain,
      requireProvider: opts.requireProvider ?? false,
    },
  });
  return { school, domain, teacher };
}

const microsoftClaims = (email: string, extra: Record<string, unknown> = {}) => ({
  sub: `ms-${email}`,
  email,
  name: "Sam Teacher",
  tid: TENANT,
  xms_edov: true,
  ...extra,
});
const googleClaims = (email: string, hd: string, extra: Record<string, unknown> = {}) => ({
  sub: `g-${email}`,
  email,
  email_verified: true,
  hd,
  name: "Sam Teacher",
  ...extra,
});
const refusedWith = (code: string) => `http://localhost:3000/sign-in?refused=${code}`;

describe("sign in with Microsoft", () => {
  it("signs in a teacher of the school whose tenant issued the token, with the usual session", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email.toUpperCase()));
    const out = await signInWith(options, "microsoft");
    expect(out.authorizeUrl.searchParams.get("nonce")).toBeTruthy();
    expect(out.authorizeUrl.searchParams.get("code_challenge")).toBeTruthy();
    expect(out.redirect).toBe("http://localhost:3000/");
    expect(out.token).toMatchObject({ personId: teacher.id, sessionVersion: 0 });
    expect(typeof out.token?.signedInAt).toBe("number");
    const events = await ownerDb().auditEvent.findMany({
      where: { actorId: teacher.id, action: "sign-in.succeeded" },
    });
    expect(events.map((e) => e.detail)).toEqual([{ provider: "microsoft" }]);
  });

  it("ends that session like any other: sign-out anywhere stops it", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email));
    const { token } = await signInWith(options, "microsoft");
    const jwt = options.callbacks!.jwt! as unknown as (args: { token: unknown }) => Promise<unknown>;
    await expect(jwt({ token })).resolves.toMatchObject({ personId: teacher.id });
    await endSessions(teacher.id);
    await expect(jwt({ token })).rejects.toThrow(/Session ended/);
  });

  it("refuses a token from another Microsoft tenant", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email, { tid: OTHER_TENANT }));
    const out = await signInWith(options, "microsoft");
    expect(out.redirect).toBe(refusedWith("wrong-tenant"));
    expect(out.token).toBeNull();
  });

  it("refuses an email Microsoft does not vouch for (no xms_edov)", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email, { xms_edov: false }));
    expect((await signInWith(options, "microsoft")).redirect).toBe(refusedWith("unverified-email"));
  });

  it("refuses someone on the school's domain who is neither a member nor invited, and makes no account", async () => {
    const { domain } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(`stranger@${domain}`));
    expect((await signInWith(options, "microsoft")).redirect).toBe(refusedWith("no-membership"));
    expect(await ownerDb().person.count({ where: { email: `stranger@${domain}` } })).toBe(0);
  });

  it("signs in a person with an account and a pending invitation to the school", async () => {
    const { school, domain, teacher } = await linkedSchool();
    const invitee = await makePerson({ email: `newcomer@${domain}` });
    await ownerDb().invitation.create({
      data: {
        schoolId: school.id,
        email: invitee.email,
        role: "STAFF",
        jobRole: "TEACHER",
        tokenHash: `hash-${invitee.id}`,
        expiresAt: new Date(Date.now() + 86_400_000),
        invitedById: teacher.id,
      },
    });
    nextToken(microsoft, microsoftClaims(invitee.email));
    expect((await signInWith(options, "microsoft")).token).toMatchObject({ personId: invitee.id });
  });

  it("refuses an email whose domain no school has linked", async () => {
    const p = await makePerson({ email: `someone@unlinked-${Date.now()}.example` });
    nextToken(microsoft, microsoftClaims(p.email));
    expect((await signInWith(options, "microsoft")).redirect).toBe(refusedWith("no-school"));
  });

  it("rejects an id token for another audience or from another issuer before looking anyone up", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email, { aud: "someone-else" }));
    const wrongAudience = await signInWith(options, "microsoft");
    expect(wrongAudience.redirect).toMatch(/\/api\/auth\/error\?error=OAuthCallback$/);
    expect(wrongAudience.token).toBeNull();
    nextToken(microsoft, microsoftClaims(teacher.email, { iss: "https://login.example.invalid" }));
    const wrongIssuer = await signInWith(options, "microsoft");
    expect(wrongIssuer.redirect).toMatch(/\/api\/auth\/error\?error=OAuthCallback$/);
    expect(wrongIssuer.token).toBeNull();
    expect(await ownerDb().auditEvent.count({ where: { actorId: teacher.id } })).toBe(0);
  });

  it("rejects a replayed token whose nonce is not this sign-in's", async () => {
    const { teacher } = await linkedSchool();
    nextToken(microsoft, microsoftClaims(teacher.email, { nonce: "from-another-sign-in" }));
    expect((await signInWith(options, "microsoft")).redirect).toMatch(/error=OAuthCallback/);
  });
});

describe("sign in with Google", () => {
  it("signs in a teacher from the school's Workspace", async () => {
    const { teacher, domain } = await linkedSchool();
    nextToken(google, googleClaims(teacher.email, domain));
    expect((await signInWith(options, "google")).token).toMatchObject({ personId: teacher.id });
  });

  it("refuses an unverified email", async () => {
    const { teacher, domain } = await linkedSchool();
    nextToken(google, googleClaims(teacher.email, domain, { email_verified: false }));
    expect((await signInWith(options, "google")).redirect).toBe(refusedWith("unverified-email"));
  });

  it("refuses the wrong Workspace, or a personal account without hd", async () => {
    const { teacher } = await linkedSchool();
    nextToken(google, googleClaims(teacher.email, "another-school.sch.uk"));
    expect((await signInWith(options, "google")).redirect).toBe(refusedWith("wrong-workspace"));
    nextToken(google, googleClaims(teacher.email, ""));
    expect((await signInWith(options, "google")).redirect).toBe(refusedWith("wrong-workspace"));
  });

  it("refuses when the school has linked no Google Workspace", async () => {
    const { school, teacher, domain } = await linkedSchool();
    await ownerDb().schoolSignIn.update({
      where: { schoolId: school.id },
      data: { googleHostedDomain: null },
    });
    nextToken(google, googleClaims(teacher.email, domain));
    expect((await signInWith(options, "google")).redirect).toBe(refusedWith("not-linked"));
  });
});

describe("a school that requires provider sign-in", () => {
  const PASSWORD = "a sensible long passphrase";
  const from = { address: "10.9.0.1", deviceId: null };

  it("refuses its staff's right password, and still lets them in through Microsoft", async () => {
    const { teacher } = await linkedSchool({ requireProvider: true });
    await ownerDb().person.update({
      where: { id: teacher.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });
    expect(await attemptSignIn({ email: teacher.email, password: PASSWORD }, from)).toEqual({
      status: "provider-required",
    });
    // A wrong password is the usual failure: the requirement is told only to the right password.
    expect(await attemptSignIn({ email: teacher.email, password: "not the password at all" }, from)).toEqual({
      status: "failed",
    });
    nextToken(microsoft, microsoftClaims(teacher.email));
    expect((await signInWith(options, "microsoft")).token).toMatchObject({ personId: teacher.id });
  });

  it("keeps password sign-in for someone who also belongs where it is not required", async () => {
    const { teacher } = await linkedSchool({ requireProvider: true });
    await ownerDb().person.update({
      where: { id: teacher.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });
    await makeMember((await makeSchool()).id, "STAFF", "TEACHER", teacher);
    expect((await attemptSignIn({ email: teacher.email, password: PASSWORD }, from)).status).toBe(
      "signed-in",
    );
  });

  it("keeps password sign-in for a trust leader", async () => {
    const trust = await makeTrust();
    const { teacher } = await linkedSchool({ requireProvider: true });
    await ownerDb().person.update({
      where: { id: teacher.id },
      data: { passwordHash: await hashPassword(PASSWORD) },
    });
    await ownerDb().membership.create({
      data: { personId: teacher.id, trustId: trust.id, role: "TRUST_LEADER" },
    });
    expect((await attemptSignIn({ email: teacher.email, password: PASSWORD }, from)).status).toBe(
      "signed-in",
    );
  });
});
