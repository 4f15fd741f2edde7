import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";
import { removeMembership } from "@/lib/people/queries";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";

// The jwt callback runs on every read of a session (getServerSession), before any membership is
// re-read: it is where a session that has ended must stop.
const options = authOptions();
type JwtArgs = Parameters<NonNullable<NonNullable<typeof options.callbacks>["jwt"]>>[0];
const jwt = (args: { token: JWT; user?: { id: string; sessionVersion: number } }) =>
  options.callbacks!.jwt!(args as unknown as JwtArgs);

async function signedInToken(personId: string): Promise<JWT> {
  const { sessionVersion } = await ownerDb().person.findUniqueOrThrow({ where: { id: personId } });
  return jwt({ token: {}, user: { id: personId, sessionVersion } });
}

describe("sessions", () => {
  it("keeps working while nothing has changed", async () => {
    const school = await makeSchool();
    const p = await makeMember(school.id);
    const token = await signedInToken(p.id);
    await expect(jwt({ token })).resolves.toMatchObject({ personId: p.id });
  });

  it("stops a signed-out token at once, even one copied before sign-out", async () => {
    const school = await makeSchool();
    const p = await makeMember(school.id);
    const token = await signedInToken(p.id);
    const copied = { ...token };
    await options.events!.signOut!({ token, session: undefined as never });
    await expect(jwt({ token: copied })).rejects.toThrow(/Session ended/);
  });

  it("stops the session of someone removed from the school", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const p = await makeMember(school.id);
    const token = await signedInToken(p.id);
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { personId: p.id } });
    const ctx = {
      kind: "school" as const,
      personId: lead.id,
      schoolId: school.id,
      schoolName: school.name,
      role: "LEAD" as const,
      trustId: null,
    };
    await removeMembership(ctx, { membershipId: membership.id });
    await expect(jwt({ token })).rejects.toThrow(/Session ended/);
  });

  it("stops sessions made before a password change", async () => {
    const school = await makeSchool();
    const p = await makeMember(school.id);
    const token = await signedInToken(p.id);
    await ownerDb().person.update({ where: { id: p.id }, data: { passwordHash: "new-hash" } });
    await expect(jwt({ token })).rejects.toThrow(/Session ended/);
  });

  it("ends a session 12 hours after sign-in however often it was renewed", async () => {
    const school = await makeSchool();
    const p = await makeMember(school.id);
    const token = await signedInToken(p.id);
    const elevenHoursAgo = { ...token, signedInAt: token.signedInAt! - 11 * 3600 };
    await expect(jwt({ token: elevenHoursAgo })).resolves.toBeTruthy();
    const thirteenHoursAgo = { ...token, signedInAt: token.signedInAt! - 13 * 3600 };
    await expect(jwt({ token: thirteenHoursAgo })).rejects.toThrow(/Session ended/);
  });

  it("refuses a token from before session versions", async () => {
    const school = await makeSchool();
    const p = await makeMember(school.id);
    await expect(jwt({ token: { personId: p.id } })).rejects.toThrow(/Session ended/);
  });
});
