import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { acceptAsNewAccount } from "@/lib/people/accept-invitation";
import { confirmRequest, refuseRequest, waitingRequests } from "@/lib/school-requests/operator";
import { lookUpSchool, requestSchool } from "@/lib/school-requests/queries";
import { makePerson, makeSchool, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { makeRegisterSchool } from "./support/register-fixtures";

// No SMTP in this file: every request waits for an operator.
const PASSWORD = "a sensible long passphrase";

async function operator() {
  const person = await makePerson();
  await ownerDb().operator.create({ data: { personId: person.id } });
  return { kind: "operator" as const, personId: person.id, role: "OPERATOR" as const };
}

const ask = (urn: string, email: string, address = `test-${Math.random()}`) =>
  requestSchool({ urn, requesterName: "Sam Lead", jobRole: "SENIOR_MH_LEAD", email }, address);

const refusal = async (work: Promise<unknown>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe("starting Harbour for a school (no SMTP: an operator confirms)", () => {
  it("shows the register's details, and the request waits for an operator who confirms it into a school and a LEAD invitation", async () => {
    const entry = await makeRegisterSchool();
    const look = await lookUpSchool(entry.urn);
    expect(look).toMatchObject({
      name: entry.name,
      laName: "Riverside (demo)",
      domain: `school${entry.urn}.example`,
      confirmBy: "operator",
    });
    const email = `sam@school${entry.urn}.example`;
    expect(await ask(entry.urn, email)).toEqual({ confirmBy: "operator", email });
    expect(await ownerDb().school.count({ where: { urn: entry.urn } })).toBe(0);

    const op = await operator();
    const waiting = (await waitingRequests(op)).find((r) => r.urn === entry.urn)!;
    expect(waiting).toMatchObject({
      email,
      requesterName: "Sam Lead",
      status: "WAITING_OPERATOR",
      school: { name: entry.name },
    });
    const decided = await confirmRequest(op, waiting.id);
    expect(decided).toMatchObject({ decision: "CONFIRMED", schoolName: entry.name, email });
    const token = (decided as { link: string }).link.split("/invitations/")[1]!;
    await acceptAsNewAccount({ token, name: "Sam Lead", password: PASSWORD, confirmPassword: PASSWORD });
    const person = await ownerDb().person.findFirstOrThrow({
      where: { email },
      include: { memberships: { include: { school: true } } },
    });
    expect(person.memberships).toMatchObject([
      { role: "LEAD", jobRole: "SENIOR_MH_LEAD", school: { urn: entry.urn, trustId: null } },
    ]);
    await expect(confirmRequest(op, waiting.id)).rejects.toThrow(/already been decided/);
  });

  it("lets an operator refuse, making nothing", async () => {
    const entry = await makeRegisterSchool({ website: null });
    expect((await lookUpSchool(entry.urn)).domain).toBeNull();
    await ask(entry.urn, "someone@anywhere.example");
    const op = await operator();
    const waiting = (await waitingRequests(op)).find((r) => r.urn === entry.urn)!;
    expect(await refuseRequest(op, waiting.id)).toMatchObject({ decision: "REFUSED" });
    expect(await ownerDb().school.count({ where: { urn: entry.urn } })).toBe(0);
    expect((await waitingRequests(op)).some((r) => r.id === waiting.id)).toBe(false);
  });

  it("refuses a URN not in the register, a closed school, a school already in Harbour, and an email off the domain or at a mail provider", async () => {
    expect((await refusal(lookUpSchool("000002"))).fieldErrors?.urn?.[0]).toMatch(
      /no school with URN 000002/,
    );
    const closed = await makeRegisterSchool({ statusName: "Closed" });
    expect((await refusal(lookUpSchool(closed.urn))).message).toMatch(/as closed/);
    const held = await makeRegisterSchool();
    await ownerDb().school.create({ data: { name: held.name, urn: held.urn, phase: "PRIMARY" } });
    expect((await refusal(ask(held.urn, `a@school${held.urn}.example`))).message).toMatch(
      /already uses Harbour: ask its senior mental health lead or head for an invitation/,
    );
    const entry = await makeRegisterSchool();
    const off = await refusal(ask(entry.urn, `a@evilschool${entry.urn}.example`));
    expect(off.fieldErrors?.email?.[0]).toMatch(new RegExp(`at school${entry.urn}\\.example`));
    const gmail = await refusal(ask(entry.urn, "a@gmail.com"));
    expect(gmail.fieldErrors?.email?.[0]).toMatch(/personal mail provider/);
    const op = await operator();
    expect((await waitingRequests(op)).some((r) => r.urn === entry.urn)).toBe(false);
  });

  it("limits requests per school, counting only those made", async () => {
    const entry = await makeRegisterSchool();
    const email = `sam@school${entry.urn}.example`;
    for (let i = 0; i < 3; i++) await ask(entry.urn, email);
    expect((await refusal(ask(entry.urn, email))).kind).toBe("rate_limited");
  });

  it("keeps requests from everyone but operators, and an operator's confirmation gives them no school data", async () => {
    const entry = await makeRegisterSchool();
    await ask(entry.urn, `sam@school${entry.urn}.example`);
    const trust = await makeTrust();
    const leader = await makeTrustLeader(trust.id);
    const school = await makeSchool();
    const seen = await withScope({ personId: leader.id, trustId: trust.id, schoolId: school.id }, (tx) =>
      tx.schoolRequest.count({ where: { urn: entry.urn } }),
    );
    expect(seen).toBe(0);
    await expect(
      withScope(
        {},
        (tx) =>
          tx.$executeRaw`INSERT INTO "SchoolRequest" (id, urn, "requesterName", "jobRole", email, status) VALUES ('forged', ${entry.urn}, 'X', 'TEACHER', 'x@x.example', 'CONFIRMED')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
