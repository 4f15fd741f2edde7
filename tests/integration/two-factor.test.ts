// Two-step sign-in (decision 0040) against the real Postgres with row-level security: enrolment,
// codes that work once, recovery codes, the limit on wrong codes, turning it off, and the rule that
// leaders must set it up before anything else.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/hashing";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { getConfig } from "@/lib/config";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { totpCode } from "@/lib/two-factor/totp";
import {
  confirmEnrolment,
  replaceRecoveryCodes,
  startEnrolment,
  turnOffTwoFactor,
  twoFactorStatus,
} from "@/lib/two-factor/queries";
import { mustSetUpSecondStep } from "@/lib/two-factor/requirement";
import { makeMember, makePerson, makeSchool, ownerDb } from "./support/fixtures";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("@/lib/auth/sign-in-method", () => ({ signInMethod: async () => "password" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const PASSWORD = "a sensible long passphrase";
const now = () => Math.floor(Date.now() / 1000);
const from = (address: string) => ({ address, deviceId: null });
let hash: string;

beforeAll(async () => {
  hash = await hashPassword(PASSWORD);
});

/** A person with two-step sign-in on: their secret (as their phone has it) and recovery codes. */
async function enrolled() {
  const person = await makePerson({ passwordHash: hash });
  const { key } = await startEnrolment({ personId: person.id });
  const secret = key.replace(/ /g, "");
  const codes = await confirmEnrolment({ personId: person.id }, totpCode(secret, now()));
  return { person, secret, codes };
}

const signIn = (email: string, code?: string, address = "10.9.0.1") =>
  attemptSignIn({ email, password: PASSWORD, ...(code === undefined ? {} : { code }) }, from(address));

const auditCount = (actorId: string, action: string) =>
  ownerDb().auditEvent.count({ where: { actorId, action } });

async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("setting up two-step sign-in", () => {
  it("keeps the secret sealed, needs a right code, and gives ten recovery codes stored as hashes", async () => {
    const person = await makePerson({ passwordHash: hash });
    const { key, qrCode, uri } = await startEnrolment({ personId: person.id });
    const secret = key.replace(/ /g, "");
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
    expect(uri).toContain(`secret=${secret}`);
    const row = await ownerDb().twoFactor.findUniqueOrThrow({ where: { personId: person.id } });
    expect(row.secret).not.toContain(secret);
    expect(row.confirmedAt).toBeNull();

    const wrong = await refusal(
      confirmEnrolment({ personId: person.id }, "000000" === totpCode(secret, now()) ? "111111" : "000000"),
    );
    expect(wrong.fieldErrors?.code?.[0]).toMatch(/did not work/);
    expect((await twoFactorStatus({ personId: person.id })).state).toBe("off");

    const codes = await confirmEnrolment({ personId: person.id }, totpCode(secret, now()));
    expect(new Set(codes).size).toBe(10);
    const stored = await ownerDb().recoveryCode.findMany({ where: { personId: person.id } });
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(stored.map((s) => s.codeHash)).not.toContain(c);
    expect(await twoFactorStatus({ personId: person.id })).toMatchObject({
      state: "on",
      recoveryCodesLeft: 10,
    });
    expect(await auditCount(person.id, "two-factor.enabled")).toBe(1);
    // Once on, the secret cannot be swapped without turning it off.
    expect((await refusal(startEnrolment({ personId: person.id }))).kind).toBe("conflict");
  });

  it("is the person's alone under row-level security", async () => {
    const { person } = await enrolled();
    const other = await makePerson();
    const seen = await withScope({ personId: other.id }, (tx) =>
      Promise.all([
        tx.twoFactor.findUnique({ where: { personId: person.id } }),
        tx.recoveryCode.count({ where: { personId: person.id } }),
      ]),
    );
    expect(seen).toEqual([null, 0]);
  });
});

describe("signing in with two-step sign-in on", () => {
  it("asks for the code only after the right password, and fails a wrong password as for anyone", async () => {
    const { person } = await enrolled();
    const plain = await makePerson({ passwordHash: hash });
    expect(
      await attemptSignIn({ email: person.email, password: "not the password at all" }, from("10.9.1.1")),
    ).toEqual({
      status: "failed",
    });
    expect(
      await attemptSignIn({ email: "nobody-2fa@example.test", password: PASSWORD }, from("10.9.1.1")),
    ).toEqual({
      status: "failed",
    });
    expect(await signIn(person.email, undefined, "10.9.1.1")).toEqual({ status: "second-step" });
    expect((await signIn(plain.email, undefined, "10.9.1.1")).status).toBe("signed-in");
  });

  it("accepts a code once: the code used to set it up, or a replayed one, is refused", async () => {
    const { person, secret } = await enrolled();
    // The code that turned it on belongs to a step already used.
    expect(await signIn(person.email, totpCode(secret, now()))).toEqual({ status: "second-step-failed" });
    const next = totpCode(secret, now() + 30);
    expect((await signIn(person.email, next)).status).toBe("signed-in");
    expect(await signIn(person.email, next)).toEqual({ status: "second-step-failed" });
    expect(await auditCount(person.id, "sign-in.second-step-failed")).toBe(2);
  });

  it("refuses a wrong code, and takes a recovery code once", async () => {
    const { person, codes } = await enrolled();
    expect(await signIn(person.email, "12345")).toEqual({ status: "second-step-failed" });
    expect((await signIn(person.email, codes[3]!.toLowerCase().replace("-", " "))).status).toBe("signed-in");
    expect(await signIn(person.email, codes[3]!)).toEqual({ status: "second-step-failed" });
    expect(await twoFactorStatus({ personId: person.id })).toMatchObject({ recoveryCodesLeft: 9 });
    expect(await auditCount(person.id, "two-factor.recovery-code-used")).toBe(1);
  });

  it("slows down wrong codes from any address, even with the right password, until they wait", async () => {
    const { person, secret } = await enrolled();
    for (let i = 0; i < 5; i++)
      expect(
        await signIn(person.email, "999999" === totpCode(secret, now()) ? "888888" : "999999", `10.9.2.${i}`),
      ).toEqual({
        status: "second-step-failed",
      });
    const right = totpCode(secret, now() + 30);
    expect(await signIn(person.email, right, "10.9.2.9")).toEqual({ status: "wait", retryAfterSeconds: 1 });
    await ownerDb().rateLimitBucket.updateMany({
      where: { key: `second-step:${person.id}` },
      data: { retryAt: new Date(Date.now() - 1000) },
    });
    expect((await signIn(person.email, right, "10.9.2.9")).status).toBe("signed-in");
    // A right code forgives the wrong ones.
    expect(await ownerDb().rateLimitBucket.count({ where: { key: `second-step:${person.id}` } })).toBe(0);
  });
});

describe("managing two-step sign-in", () => {
  it("makes new recovery codes after an app code; the old ones stop working", async () => {
    const { person, secret, codes } = await enrolled();
    const fresh = await replaceRecoveryCodes({ personId: person.id }, totpCode(secret, now() + 30));
    expect(fresh).toHaveLength(10);
    expect(await signIn(person.email, codes[0]!)).toEqual({ status: "second-step-failed" });
    expect((await signIn(person.email, fresh[0]!)).status).toBe("signed-in");
    expect(await auditCount(person.id, "two-factor.recovery-codes-replaced")).toBe(1);
  });

  it("turns off only with the password and a code, and then signs in with the password alone", async () => {
    const { person, codes } = await enrolled();
    const badPassword = await refusal(
      turnOffTwoFactor({ personId: person.id }, { password: "wrong password", code: codes[0]! }),
    );
    expect(badPassword.fieldErrors?.password).toBeDefined();
    const badCode = await refusal(
      turnOffTwoFactor({ personId: person.id }, { password: PASSWORD, code: "ZZZZZ-ZZZZZ" }),
    );
    expect(badCode.fieldErrors?.code).toBeDefined();
    expect((await twoFactorStatus({ personId: person.id })).state).toBe("on");
    await turnOffTwoFactor({ personId: person.id }, { password: PASSWORD, code: codes[0]! });
    expect((await twoFactorStatus({ personId: person.id })).state).toBe("off");
    expect(await ownerDb().recoveryCode.count({ where: { personId: person.id } })).toBe(0);
    expect((await signIn(person.email)).status).toBe("signed-in");
    expect(await auditCount(person.id, "two-factor.disabled")).toBe(1);
  });
});

describe("required for leaders", () => {
  afterEach(() => {
    getConfig().twoFactor.required = false;
  });

  it("sends leads, heads and operators without it to set it up; not staff, provider sessions or the demo", async () => {
    const school = await makeSchool();
    const lead = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    const head = await makeMember(school.id, "HEAD", "SENIOR_LEADER");
    const staff = await makeMember(school.id, "STAFF", "TEACHER");
    const operator = await makePerson();
    await ownerDb().operator.create({ data: { personId: operator.id } });
    const demo = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    await ownerDb().person.update({ where: { id: demo.id }, data: { isDemo: true } });

    expect(await mustSetUpSecondStep(lead.id, "password")).toBe(false); // the setting is off
    getConfig().twoFactor.required = true;
    expect(await mustSetUpSecondStep(lead.id, "password")).toBe(true);
    expect(await mustSetUpSecondStep(head.id, "password")).toBe(true);
    expect(await mustSetUpSecondStep(operator.id, "password")).toBe(true);
    expect(await mustSetUpSecondStep(staff.id, "password")).toBe(false);
    expect(await mustSetUpSecondStep(lead.id, "provider")).toBe(false);
    expect(await mustSetUpSecondStep(demo.id, "password")).toBe(false);

    // Their actions wait too; setting it up stays open to them.
    const settings = await import("@/app/schools/[schoolId]/settings/sign-in/actions");
    const account = await import("@/app/account/security/actions");
    session.personId = lead.id;
    const blocked = await settings.unlinkEmailDomain(school.id, { domain: "example.sch.uk" });
    expect(blocked).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringMatching(/two-step/),
    });
    const started = await account.startTwoFactor({});
    expect(started.ok).toBe(true);
    const secret = started.ok ? started.data.key.replace(/ /g, "") : "";
    expect((await account.confirmTwoFactor({ code: totpCode(secret, now()) })).ok).toBe(true);
    expect(await mustSetUpSecondStep(lead.id, "password")).toBe(false);
    const after = await settings.unlinkEmailDomain(school.id, { domain: "example.sch.uk" });
    expect(after).not.toMatchObject({ code: "forbidden" });
  });
});
