import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { makeMember, makeSchool, ownerDb } from "./support/fixtures";

describe("row-level security, checked directly in Postgres", () => {
  it("runs the app as a role that is neither owner nor superuser", async () => {
    const rows = await withScope(
      {},
      (tx) =>
        tx.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean; user: string }[]>`
        SELECT rolsuper, rolbypassrls, current_user::text AS user FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, user: "harbour_app" });
    const owners = await ownerDb().$queryRaw<{ owner: string }[]>`
      SELECT DISTINCT tableowner::text AS owner FROM pg_tables WHERE schemaname = 'public'`;
    expect(owners.map((o) => o.owner)).not.toContain("harbour_app");
  });

  it("forces row-level security on every table that holds school or trust data", async () => {
    const rows = await ownerDb().$queryRaw<
      { relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]
    >`
      SELECT relname::text AS relname, relrowsecurity, relforcerowsecurity FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace
        -- No tenant data in these: hashed keys; a job name, times and outcomes; a mail kind and outcome.
        AND relname NOT IN ('_prisma_migrations', 'RateLimitBucket', 'JobRun', 'MailOutcome')`;
    expect(rows.length).toBeGreaterThanOrEqual(7);
    // Not FORCEd, and holding no school data: the operators (read by a SECURITY DEFINER check in
    // policies) and the public register (loaded by the seed as owner). The app role is still bound.
    // ReviewBenchmark holds schools' principle scores, but the app may not SELECT it at all: only the
    // SECURITY DEFINER function review_benchmarks(), as the owner, reads it (to give counts and means).
    const notForced = new Set(["Operator", "RegisterSchool", "ReviewBenchmark"]);
    for (const r of rows)
      expect(r, r.relname).toMatchObject({
        relrowsecurity: true,
        relforcerowsecurity: !notForced.has(r.relname),
      });
  });

  it("with school A set, B's rows cannot be read, changed or inserted", async () => {
    const a = await makeSchool();
    const b = await makeSchool();
    const inA = await makeMember(a.id);
    const inB = await makeMember(b.id);

    await withScope({ schoolId: a.id }, async (tx) => {
      const visible = await tx.membership.findMany({ select: { personId: true } });
      expect(visible.map((m) => m.personId)).toEqual([inA.id]);
      expect(await tx.person.findUnique({ where: { id: inB.id } })).toBeNull();
      const changed = await tx.membership.updateMany({
        where: { schoolId: b.id },
        data: { jobRole: "SENCO" },
      });
      expect(changed.count).toBe(0);
      const removed = await tx.membership.deleteMany({ where: { schoolId: b.id } });
      expect(removed.count).toBe(0);
      const renamed = await tx.school.updateMany({ where: { id: b.id }, data: { name: "Taken over" } });
      expect(renamed.count).toBe(0);
    });

    await expect(
      withScope({ schoolId: a.id }, (tx) =>
        tx.membership.create({
          data: { personId: inA.id, schoolId: b.id, role: "LEAD", jobRole: "TEACHER" },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withScope({ schoolId: a.id }, (tx) => tx.auditEvent.create({ data: { action: "x", schoolId: b.id } })),
    ).rejects.toThrow(/row-level security/);

    const bMembers = await ownerDb().membership.findMany({ where: { schoolId: b.id } });
    expect(bMembers).toHaveLength(1);
    expect(bMembers[0]!.jobRole).toBe("TEACHER");
    expect((await ownerDb().school.findUnique({ where: { id: b.id } }))!.name).toBe(b.name);
  });

  it("sees nothing of any school when no tenant is set", async () => {
    const a = await makeSchool();
    await makeMember(a.id);
    const seen = await withScope({}, (tx) => tx.membership.count({ where: { schoolId: a.id } }));
    expect(seen).toBe(0);
  });
});
