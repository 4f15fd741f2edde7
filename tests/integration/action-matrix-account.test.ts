// The account actions' part of the authorisation matrix (decision 0040): a person's own two-step
// sign-in and passkeys. Every signed-in role may act on its own account only; signed out may not.
// The passkey sign-in challenge is public (no account is named). The session is mocked; the rest is real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { newTotpSecret, totpCode } from "@/lib/two-factor/totp";
import { hashPassword } from "@/lib/auth/hashing";
import { makeMember, makePerson, makeSchool, makeTrust, ownerDb } from "./support/fixtures";
import { outcomeOf, ROLES, type Outcome, type Role } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("@/lib/auth/sign-in-method", () => ({ signInMethod: async () => "password" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const account = await import("@/app/account/security/actions");
const signInActions = await import("@/app/sign-in/actions");
const PASSWORD = "a sensible long passphrase";
const now = () => Math.floor(Date.now() / 1000);
let people: Record<Exclude<Role, "SIGNED_OUT">, { id: string }>;

beforeAll(async () => {
  const school = await makeSchool();
  const passwordHash = await hashPassword(PASSWORD);
  const at = () => makePerson({ passwordHash });
  const trustLeader = await at();
  await ownerDb().membership.create({
    data: { personId: trustLeader.id, trustId: (await makeTrust()).id, role: "TRUST_LEADER" },
  });
  people = {
    STAFF: await makeMember(school.id, "STAFF", "TEACHER", await at()),
    LEAD: await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD", await at()),
    HEAD: await makeMember(school.id, "HEAD", "SENIOR_LEADER", await at()),
    TRUST_LEADER: trustLeader,
  };
});

const OUTCOME: Record<Role, Outcome> = {
  STAFF: "ok",
  LEAD: "ok",
  HEAD: "ok",
  TRUST_LEADER: "ok",
  SIGNED_OUT: "signed-out",
};

describe.each(ROLES)("account actions as %s", (role) => {
  it("sets up, uses and turns off two-step sign-in on their own account only", async () => {
    session.personId = role === "SIGNED_OUT" ? null : people[role].id;
    const want = OUTCOME[role];
    const started = await account.startTwoFactor({});
    const secret = started.ok ? started.data.key.replace(/ /g, "") : newTotpSecret();
    let fresh: ActionResult<string[]> | undefined;
    const calls: [string, () => Promise<ActionResult<unknown>>][] = [
      ["startTwoFactor", async () => started],
      ["confirmTwoFactor", () => account.confirmTwoFactor({ code: totpCode(secret, now()) })],
      [
        "newRecoveryCodes",
        async () => (fresh = await account.newRecoveryCodes({ code: totpCode(secret, now() + 30) })),
      ],
      [
        "turnOffTwoStep",
        () =>
          account.turnOffTwoStep({ password: PASSWORD, code: (fresh?.ok && fresh.data[0]) || "AAAAA-AAAAA" }),
      ],
      ["passkeyOptions", () => account.passkeyOptions({})],
    ];
    for (const [name, call] of calls) expect(`${name}: ${outcomeOf(await call())}`).toBe(`${name}: ${want}`);
    // Removing or renaming a passkey that is not theirs is "not found" for everyone signed in.
    const other = await makePerson();
    const key = await ownerDb().passkey.create({
      data: {
        personId: other.id,
        credentialId: `cred-${other.id}`,
        publicKey: Buffer.from([1]),
        name: "Theirs",
      },
    });
    expect(outcomeOf(await account.deletePasskey({ id: key.id }))).toBe(
      role === "SIGNED_OUT" ? "signed-out" : "not-found",
    );
    expect(await ownerDb().passkey.count({ where: { id: key.id } })).toBe(1);
    expect(outcomeOf(await account.renameMyPasskey({ id: key.id, name: "Mine" }))).toBe(
      role === "SIGNED_OUT" ? "signed-out" : "not-found",
    );
    expect((await ownerDb().passkey.findUniqueOrThrow({ where: { id: key.id } })).name).toBe("Theirs");
    expect(outcomeOf(await signInActions.passkeyChallenge({}))).toBe("ok");
  });
});
