// Cross-tenant, for every resource type (issue 13): school B and trust B hold rows of each kind
// (notifications, framework versions and everything a round, a plan and a record make); then, as the
// app role with school A, trust A and A's people set, every table with a school or trust column is
// read, changed and deleted by B's ids: nothing is seen, nothing changes, and inserting into B fails.
// Tables a design lets other tenants read (a public register, a shared library) say so below.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { submitResponse } from "@/lib/assessment/queries";
import { withScope } from "@/lib/db/scope";
import { adoptFramework } from "@/lib/framework/queries";
import type { TrustContext } from "@/lib/tenancy/context";
import { answerEverything, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";

type Column = { table: string; column: "schoolId" | "trustId" };

/** Readable across tenants by design: rows stay unchangeable from outside (checked below). */
const READ_BY_DESIGN: Record<string, string> = {
  School: "a public register: names, URNs and each school's trust are published (decision 0002)",
};

let world: {
  a: { schoolId: string; trustId: string; personId: string; trustLeaderId: string };
  b: { schoolId: string; trustId: string; roundId: string };
  columns: Column[];
};

async function trustCtx(trustId: string): Promise<TrustContext> {
  const leader = await makeTrustLeader(trustId);
  return { kind: "trust", personId: leader.id, trustId, trustName: "Trust", role: "TRUST_LEADER" };
}

beforeAll(async () => {
  const db = ownerDb();
  const [trustA, trustB] = [await makeTrust(), await makeTrust()];
  const a = await schoolWithStaff(["TEACHER"], { trustId: trustA.id });
  const b = await schoolWithStaff(["TEACHER", "FORM_TUTOR", "ELSA"], { trustId: trustB.id });
  // B's own framework versions, the school's and the trust's.
  await adoptFramework(b.lead);
  await adoptFramework(await trustCtx(trustB.id));
  const round = (await openTestRound(b.lead)).id;
  for (const s of b.staff) {
    const { view } = await answerEverything(s.ctx, round, 2);
    await submitResponse(s.ctx, {
      roundId: round,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: randomUUID(),
    });
  }
  await db.notification.create({
    data: { schoolId: b.school.id, personId: b.staff[0]!.id, message: "B's notice", roundId: round },
  });
  await db.trainingRecord.create({
    data: {
      schoolId: b.school.id,
      personId: b.staff[0]!.id,
      externalTitle: "B's training",
      completedOn: new Date("2026-02-01"),
      hours: 2,
      recordedById: b.lead.personId,
    },
  });
  await db.auditEvent.create({
    data: { action: "round.opened", schoolId: b.school.id, actorId: b.lead.personId },
  });
  await db.auditEvent.create({ data: { action: "trust.targets-updated", trustId: trustB.id } });
  const aLeader = await makeTrustLeader(trustA.id);
  const columns = await db.$queryRaw<Column[]>`
    SELECT table_name::text AS table, column_name::text AS column FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name IN ('schoolId', 'trustId') ORDER BY 1, 2`;
  world = {
    a: { schoolId: a.school.id, trustId: trustA.id, personId: a.lead.personId, trustLeaderId: aLeader.id },
    b: { schoolId: b.school.id, trustId: trustB.id, roundId: round },
    columns,
  };
});

const idOf = (c: Column) => (c.column === "schoolId" ? world.b.schoolId : world.b.trustId);

async function ownerCount(c: Column) {
  const [row] = await ownerDb().$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM "${c.table}" WHERE "${c.column}" = $1`,
    idOf(c),
  );
  return Number(row!.n);
}

describe("cross-tenant: every table with a school or trust column", () => {
  it("B holds rows of the resource types that lacked a test: notifications and framework versions", async () => {
    const held = new Set<string>();
    for (const c of world.columns) if ((await ownerCount(c)) > 0) held.add(`${c.table}.${c.column}`);
    for (const t of [
      "Notification.schoolId",
      "FrameworkVersion.schoolId",
      "FrameworkVersion.trustId",
      "Framework.schoolId",
      "Framework.trustId",
      "Competency.schoolId",
      "Round.schoolId",
      "Response.schoolId",
      "Answer.schoolId",
      "RoundCompetencyRollup.schoolId",
      "RoundSummary.schoolId",
      "TrainingRecord.schoolId",
      "Membership.schoolId",
      "Membership.trustId",
      "AuditEvent.schoolId",
      "AuditEvent.trustId",
    ])
      expect(held, t).toContain(t);
  });

  for (const as of ["a school lead", "a trust leader"] as const) {
    it(`${as} of A reads none of B's rows, changes none, deletes none`, async () => {
      const scope =
        as === "a school lead"
          ? { personId: world.a.personId, schoolId: world.a.schoolId }
          : { personId: world.a.trustLeaderId, trustId: world.a.trustId };
      const checked: string[] = [];
      for (const c of world.columns) {
        const before = await ownerCount(c);
        if (before === 0) continue;
        checked.push(`${c.table}.${c.column}`);
        const { seen, changed, removed } = await withScope(scope, async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM "${c.table}" WHERE "${c.column}" = $1`,
            idOf(c),
          );
          // A no-op update and a delete, each inside a savepoint so a refusal does not end the test's transaction.
          const attempt = async (sql: string) => {
            await tx.$executeRawUnsafe("SAVEPOINT attempt");
            try {
              const n = await tx.$executeRawUnsafe(sql, idOf(c));
              await tx.$executeRawUnsafe("RELEASE SAVEPOINT attempt");
              return n;
            } catch {
              await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT attempt");
              return 0;
            }
          };
          return {
            seen: Number(row!.n),
            changed: await attempt(
              `UPDATE "${c.table}" SET "${c.column}" = "${c.column}" WHERE "${c.column}" = $1`,
            ),
            removed: await attempt(`DELETE FROM "${c.table}" WHERE "${c.column}" = $1`),
          };
        });
        const label = `${as} on ${c.table}.${c.column}`;
        if (!READ_BY_DESIGN[c.table]) expect(seen, label).toBe(0);
        expect(changed, label).toBe(0);
        expect(removed, label).toBe(0);
        expect(await ownerCount(c), label).toBe(before);
      }
      expect(checked.length).toBeGreaterThanOrEqual(16);
    });
  }

  it("inserting a notification or a framework version into B is refused from A", async () => {
    const { personId, schoolId } = world.a;
    await expect(
      withScope({ personId, schoolId }, (tx) =>
        tx.notification.create({
          data: { schoolId: world.b.schoolId, personId, message: "Planted", roundId: world.b.roundId },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    const framework = await ownerDb().framework.findFirstOrThrow({ where: { schoolId: world.b.schoolId } });
    await expect(
      withScope({ personId, schoolId }, (tx) =>
        tx.frameworkVersion.create({
          data: {
            frameworkId: framework.id,
            schoolId: world.b.schoolId,
            number: 99,
            changeSummary: "Planted",
            ratingScale: [],
          },
        }),
      ),
    ).rejects.toThrow();
    expect(
      await ownerDb().frameworkVersion.count({ where: { schoolId: world.b.schoolId, number: 99 } }),
    ).toBe(0);
  });

  it("B's staff member's notifications are not theirs to read in A", async () => {
    const seen = await withScope({ personId: world.a.personId, schoolId: world.a.schoolId }, (tx) =>
      tx.notification.count({ where: { message: "B's notice" } }),
    );
    expect(seen).toBe(0);
  });
});
