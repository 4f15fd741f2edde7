// Operators: the first-run setup, what they may change, and that they never read a school's data.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { withScope } from "@/lib/db/scope";
import { acceptAsNewAccount } from "@/lib/people/accept-invitation";
import { setupCode } from "@/lib/operators/setup-code";
import { makeMember, makePerson, makeSchool, makeTrustLeader, makeTrust, ownerDb } from "./support/fixtures";
import { outcomeOf } from "./support/matrix";

const session = vi.hoisted(() => ({ personId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ currentPersonId: async () => session.personId }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createFirstOperatorAction } = await import("@/app/setup/actions");
const {
  addSchoolAction,
  addOrganisationAction,
  appointLeaderAction,
  importRegisterAction,
  removeDemoAction,
} = await import("@/app/operator/actions");

const code = () => setupCode(process.env.NEXTAUTH_SECRET!);
const password = "tidal lantern orchard 42";
let n = 0;
const fresh = (what = "op") => `${what}-${Date.now()}-${n++}@example.test`;
const extract = fs.readFileSync(path.resolve("prisma/register/gias-extract.csv"), "utf8");

const firstRun = (overrides: Record<string, string> = {}) =>
  createFirstOperatorAction({
    code: code(),
    name: "Olu Operator",
    email: fresh(),
    password,
    confirmPassword: password,
    ...overrides,
  });

async function makeOperator() {
  const person = await makePerson({ email: fresh() });
  await ownerDb().operator.create({ data: { personId: person.id } });
  return person;
}

describe("the first run", () => {
  beforeEach(async () => {
    await ownerDb().operator.deleteMany();
  });

  it("refuses a wrong setup code beside the field and writes nothing", async () => {
    const email = fresh();
    const result = await firstRun({ code: "AAAA-BBBB-CCCC", email });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { code: [expect.any(String)] } });
    expect(await ownerDb().person.count({ where: { email } })).toBe(0);
    expect(await ownerDb().operator.count()).toBe(0);
  });

  it("makes the first operator with the code, however it is typed, and only once", async () => {
    const typed = code().toLowerCase().replace(/-/g, " ");
    const first = await firstRun({ code: typed });
    expect(first.ok).toBe(true);
    const second = await firstRun();
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    expect(await ownerDb().operator.count()).toBe(1);
  });

  it("makes exactly one operator when two first visits race", async () => {
    const results = await Promise.all([firstRun(), firstRun(), firstRun()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await ownerDb().operator.count()).toBe(1);
  });

  it("refuses a common password", async () => {
    const result = await firstRun({ password: "password1234", confirmPassword: "password1234" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
  });
});

describe("an operator", () => {
  let operator: { id: string };
  beforeAll(async () => {
    operator = await makeOperator();
    session.personId = operator.id;
    const imported = await importRegisterAction({ csv: extract });
    expect(imported.ok).toBe(true);
  });
  beforeEach(() => {
    session.personId = operator.id;
  });

  it("imports the register all or nothing, and refreshes it", async () => {
    const again = await importRegisterAction({ csv: extract });
    expect(again).toMatchObject({ ok: true, data: { rows: 12, added: 0, updated: 12 } });
    const broken = `${extract}"12345","990","X","Bad URN","Community school","Open","Primary","","","","",""\n`;
    const refused = await importRegisterAction({ csv: broken });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("Line 14")] } });
    const notRegister = await importRegisterAction({ csv: "email,name,job_role\na@b.c,A,TEACHER\n" });
    expect(notRegister).toMatchObject({ ok: false, code: "invalid" });
  });

  it("adds a school from the register with its phase and local authority, once", async () => {
    await ownerDb().school.deleteMany({ where: { urn: { in: ["990013", "990015", "990016"] } } });
    const added = await addSchoolAction({ urn: "990013" });
    expect(added.ok).toBe(true);
    const school = await ownerDb().school.findUniqueOrThrow({ where: { urn: "990013" } });
    expect(school).toMatchObject({
      name: "Oakfield High School",
      phase: "SECONDARY",
      laCode: "990",
      laName: "Riverside (demo)",
      trustId: null,
    });
    expect(await addSchoolAction({ urn: "990013" })).toMatchObject({ ok: false, code: "conflict" });
    await addSchoolAction({ urn: "990015" });
    await addSchoolAction({ urn: "990016" });
    const phases = await ownerDb().school.findMany({
      where: { urn: { in: ["990015", "990016"] } },
      select: { urn: true, phase: true },
      orderBy: { urn: "asc" },
    });
    expect(phases.map((p) => p.phase)).toEqual(["ALTERNATIVE_PROVISION", "COLLEGE"]);
  });

  it("refuses a URN not in the register, or a closed school, beside the field", async () => {
    const unknown = await addSchoolAction({ urn: "123456" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { urn: [expect.stringContaining("123456")] } });
    const closed = await addSchoolAction({ urn: "990014" });
    expect(closed).toMatchObject({ ok: false, fieldErrors: { urn: [expect.stringContaining("closed")] } });
    expect(await ownerDb().school.count({ where: { urn: { in: ["123456", "990014"] } } })).toBe(0);
  });

  it("appoints a school's first lead, who joins it through the invitation", async () => {
    const school = await makeSchool();
    const email = fresh("lead");
    const issued = await appointLeaderAction({ placeId: school.id, role: "LEAD", name: "Lee Lead", email });
    if (!issued.ok || !issued.data.link) throw new Error(JSON.stringify(issued));
    const again = await appointLeaderAction({ placeId: school.id, role: "LEAD", name: "Lee Lead", email });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    const token = issued.data.link.split("/").pop()!;
    await acceptAsNewAccount({ token, name: "Lee Lead", password, confirmPassword: password });
    const membership = await ownerDb().membership.findFirstOrThrow({ where: { schoolId: school.id } });
    expect(membership).toMatchObject({ role: "LEAD", jobRole: "SENIOR_MH_LEAD" });
  });

  it("adds a local authority and appoints its first leader, who joins it", async () => {
    const added = await addOrganisationAction({
      kind: "LOCAL_AUTHORITY",
      name: "Riverside Council",
      registerCode: "990",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const twice = await addOrganisationAction({
      kind: "LOCAL_AUTHORITY",
      name: "Again",
      registerCode: "990",
    });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { registerCode: [expect.any(String)] } });
    const issued = await appointLeaderAction({
      placeId: added.data.id,
      role: "TRUST_LEADER",
      name: "Ari Authority",
      email: fresh("la"),
    });
    if (!issued.ok || !issued.data.link) throw new Error(JSON.stringify(issued));
    await acceptAsNewAccount({
      token: issued.data.link.split("/").pop()!,
      name: "Ari Authority",
      password,
      confirmPassword: password,
    });
    const m = await ownerDb().membership.findFirstOrThrow({ where: { trustId: added.data.id } });
    expect(m.role).toBe("TRUST_LEADER");
  });

  it("reads nothing of a school's people, and cannot write into it", async () => {
    const school = await makeSchool();
    const member = await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD");
    await withScope({ personId: operator.id }, async (tx) => {
      expect(await tx.membership.count({ where: { schoolId: school.id } })).toBe(0);
      expect(await tx.person.findUnique({ where: { id: member.id } })).toBeNull();
      expect(await tx.auditEvent.count({ where: { schoolId: school.id } })).toBe(0);
    });
    await expect(
      withScope({ personId: operator.id }, (tx) =>
        tx.membership.create({
          data: { personId: operator.id, schoolId: school.id, role: "LEAD", jobRole: "DSL" },
        }),
      ),
    ).rejects.toThrow();
    // Nor may an operator invite a school's staff: only its first lead or head.
    await expect(
      withScope({ personId: operator.id }, (tx) =>
        tx.invitation.create({
          data: {
            schoolId: school.id,
            email: fresh(),
            role: "STAFF",
            jobRole: "TEACHER",
            tokenHash: fresh("hash"),
            expiresAt: new Date(Date.now() + 1e6),
            invitedById: operator.id,
          },
        }),
      ),
    ).rejects.toThrow();
  });

  it("removes the demo and nothing else", async () => {
    const demoTrust = await ownerDb().trust.create({
      data: { name: "Demo", kind: "MULTI_ACADEMY_TRUST", isDemo: true },
    });
    const demoSchool = await ownerDb().school.create({
      data: { name: "Demo School", urn: "990099", phase: "PRIMARY", trustId: demoTrust.id, isDemo: true },
    });
    const demoPerson = await ownerDb().person.create({
      data: { email: fresh("demo"), name: "Demo", isDemo: true },
    });
    await ownerDb().membership.create({
      data: { personId: demoPerson.id, schoolId: demoSchool.id, role: "STAFF", jobRole: "TEACHER" },
    });
    const real = await makeSchool();
    const realPerson = await makeMember(real.id);
    const result = await removeDemoAction({ confirm: true });
    expect(result.ok).toBe(true);
    expect(await ownerDb().school.count({ where: { isDemo: true } })).toBe(0);
    expect(await ownerDb().trust.count({ where: { isDemo: true } })).toBe(0);
    expect(await ownerDb().person.count({ where: { isDemo: true } })).toBe(0);
    expect(await ownerDb().school.findUnique({ where: { id: real.id } })).not.toBeNull();
    expect(await ownerDb().person.findUnique({ where: { id: realPerson.id } })).not.toBeNull();
  });
});

describe("the operator actions, for everyone else", () => {
  let others: { id: string }[];
  beforeAll(async () => {
    const trust = await makeTrust();
    const school = await makeSchool({ trustId: trust.id });
    others = [
      await makeMember(school.id, "STAFF"),
      await makeMember(school.id, "LEAD", "SENIOR_MH_LEAD"),
      await makeMember(school.id, "HEAD", "SENIOR_LEADER"),
      await makeTrustLeader(trust.id),
    ];
  });

  const calls: [string, () => Promise<ActionResult<unknown>>][] = [
    ["importRegister", () => importRegisterAction({ csv: extract })],
    ["addSchool", () => addSchoolAction({ urn: "990011" })],
    [
      "addOrganisation",
      () => addOrganisationAction({ kind: "MULTI_ACADEMY_TRUST", name: "X", registerCode: "" }),
    ],
    ["appointLeader", () => appointLeaderAction({ placeId: "x", role: "LEAD", name: "X", email: fresh() })],
    ["removeDemo", () => removeDemoAction({ confirm: true })],
  ];

  it.each(calls)(
    "%s is not found for staff, leads, heads and trust leaders, and asks the signed out to sign in",
    async (_name, call) => {
      for (const person of others) {
        session.personId = person.id;
        expect(outcomeOf(await call())).toBe("not-found");
      }
      session.personId = null;
      expect(outcomeOf(await call())).toBe("signed-out");
    },
  );
});
