// Every failure from the one action wrapper carries a machine-readable code, so code decides on the
// code (retry, reload, sign in) and the message is only for people.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeMember, makeSchool } from "./support/fixtures";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { invitePerson, removePerson } = await import("@/app/schools/[schoolId]/people/actions");
const { UserError } = await import("@/lib/errors");
const { schoolAction } = await import("@/lib/actions/define");
const { z } = await import("zod");

let school: { id: string };
let lead: { id: string };
let staff: { id: string };
beforeAll(async () => {
  school = await makeSchool();
  lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
  staff = await makeMember(school.id, "STAFF");
});

const throwing = (error: unknown) =>
  schoolAction({
    name: "throwing",
    permission: "assessment:take",
    schema: z.object({}),
    run: async () => {
      throw error;
    },
  });

describe("failure codes", () => {
  it("signed out, forbidden, not found and invalid input each have their code", async () => {
    session.personId = null;
    expect(await invitePerson(school.id, {})).toMatchObject({ ok: false, code: "signed_out" });
    session.personId = staff.id;
    expect(await invitePerson(school.id, {})).toMatchObject({ ok: false, code: "forbidden" });
    session.personId = lead.id;
    expect(await invitePerson("no-such-school", {})).toMatchObject({ ok: false, code: "not_found" });
    const invalid = await invitePerson(school.id, {
      email: "not an email",
      role: "STAFF",
      jobRole: "TEACHER",
    });
    expect(invalid).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: [expect.any(String)] },
    });
    expect(await removePerson(school.id, { membershipId: "no-such-membership" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });

  it("refuses a null byte in a name beside the field, instead of something went wrong", async () => {
    session.personId = lead.id;
    const result = await invitePerson(school.id, {
      email: "nul@example.test",
      name: "Ann\u0000Smith",
      role: "STAFF",
      jobRole: "TEACHER",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: [expect.stringMatching(/hidden character/)] },
    });
  });

  it("takes the code from the UserError kind, and calls anything else unexpected", async () => {
    session.personId = staff.id;
    const cases = [
      [new UserError("x", "validation"), "invalid"],
      [new UserError("x", "conflict"), "conflict"],
      [new UserError("x", "forbidden"), "forbidden"],
      [new UserError("x", "not_found"), "not_found"],
      [new UserError("x", "stale"), "stale"],
      [new UserError("x", "busy"), "busy"],
      [new UserError("x", "rate_limited"), "rate_limited"],
      [new Error("boom"), "unexpected"],
    ] as const;
    for (const [error, code] of cases) {
      const result = await throwing(error)(school.id, {});
      expect(result).toMatchObject({ ok: false, code });
    }
  });
});
