// Each school's job-role-to-tier mapping (lib/tiers/queries.ts): defaults, saving only what differs,
// the audit trail, reset, who may change it, and that one school's mapping never touches another's.
import { describe, expect, it } from "vitest";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { schoolOverview } from "@/lib/people/queries";
import { JOB_ROLE_KEYS, JOB_ROLES, type Tier } from "@/lib/tiers";
import { jobRoleTiersSchema } from "@/lib/tiers/forms";
import { listJobRoleTiers, resetJobRoleTiers, saveJobRoleTiers } from "@/lib/tiers/queries";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeMember, ownerDb } from "./support/fixtures";

const defaults = () =>
  Object.fromEntries(JOB_ROLE_KEYS.map((j) => [j, JOB_ROLES[j].defaultTier])) as Record<JobRole, Tier>;
// Sorted by name here: the database orders an enum by its declaration.
const stored = async (schoolId: string) =>
  (
    await ownerDb().jobRoleTier.findMany({
      where: { schoolId },
      select: { jobRole: true, requiredTier: true },
    })
  ).sort((a, b) => a.jobRole.localeCompare(b.jobRole));

describe("job roles to tiers", () => {
  it("lists every job role with DESIGN.md's default tier and the school's head count", async () => {
    const { lead } = await schoolWithStaff(["TEACHER", "TEACHER", "FORM_TUTOR"]);
    const rows = await listJobRoleTiers(lead);
    expect(rows.map((r) => r.jobRole)).toEqual(JOB_ROLE_KEYS);
    expect(rows.find((r) => r.jobRole === "TEACHER")).toMatchObject({
      defaultTier: 1,
      requiredTier: 1,
      people: 2,
    });
    expect(rows.find((r) => r.jobRole === "FORM_TUTOR")).toMatchObject({
      defaultTier: 2,
      requiredTier: 2,
      people: 1,
    });
    expect(rows.find((r) => r.jobRole === "SENIOR_MH_LEAD")).toMatchObject({
      defaultTier: 3,
      requiredTier: 3,
      people: 1,
    });
    expect(await stored(lead.schoolId)).toEqual([]);
  });

  it("stores only the roles that differ from the default, audits the change, and the school's tiers follow", async () => {
    const { lead } = await schoolWithStaff(["TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR"]);
    const tiers = { ...defaults(), TEACHING_ASSISTANT: 2 as Tier, FORM_TUTOR: 3 as Tier };
    expect(await saveJobRoleTiers(lead, tiers)).toEqual({ changed: 2 });
    expect(await stored(lead.schoolId)).toEqual([
      { jobRole: "FORM_TUTOR", requiredTier: 3 },
      { jobRole: "TEACHING_ASSISTANT", requiredTier: 2 },
    ]);
    expect((await listJobRoleTiers(lead)).find((r) => r.jobRole === "FORM_TUTOR")?.requiredTier).toBe(3);
    expect((await schoolOverview(lead)).byTier).toEqual({ 1: 1, 2: 1, 3: 2 });

    const [event] = await ownerDb().auditEvent.findMany({
      where: { schoolId: lead.schoolId, action: "job-role-tiers.changed" },
    });
    expect(event?.actorId).toBe(lead.personId);
    expect(event?.detail).toEqual({
      changes: [
        { jobRole: "TEACHING_ASSISTANT", from: 1, to: 2 },
        { jobRole: "FORM_TUTOR", from: 2, to: 3 },
      ],
    });
  });

  it("putting a role back to its default removes its row; saving the same mapping changes nothing", async () => {
    const { lead } = await schoolWithStaff([]);
    await saveJobRoleTiers(lead, { ...defaults(), TEACHER: 2, CATERING: 3 });
    expect(await saveJobRoleTiers(lead, { ...defaults(), TEACHER: 2 })).toEqual({ changed: 1 });
    expect(await stored(lead.schoolId)).toEqual([{ jobRole: "TEACHER", requiredTier: 2 }]);
    expect(await saveJobRoleTiers(lead, { ...defaults(), TEACHER: 2 })).toEqual({ changed: 0 });
    expect(
      await ownerDb().auditEvent.count({
        where: { schoolId: lead.schoolId, action: "job-role-tiers.changed" },
      }),
    ).toBe(2);
  });

  it("resets to the defaults, recording what it undid", async () => {
    const { lead } = await schoolWithStaff([]);
    await saveJobRoleTiers(lead, { ...defaults(), ELSA: 3, DSL: 2 });
    expect(await resetJobRoleTiers(lead)).toEqual({ changed: 2 });
    expect(await stored(lead.schoolId)).toEqual([]);
    expect((await listJobRoleTiers(lead)).every((r) => r.requiredTier === r.defaultTier)).toBe(true);
    const reset = await ownerDb().auditEvent.findFirst({
      where: { schoolId: lead.schoolId, action: "job-role-tiers.reset" },
    });
    expect(reset?.detail).toMatchObject({
      changes: expect.arrayContaining([{ jobRole: "ELSA", from: 3, to: 2 }]),
    });
    // Nothing to undo: no change and no audit record.
    expect(await resetJobRoleTiers(lead)).toEqual({ changed: 0 });
    expect(
      await ownerDb().auditEvent.count({
        where: { schoolId: lead.schoolId, action: "job-role-tiers.reset" },
      }),
    ).toBe(1);
  });

  it("lets the head read but not change the mapping, and staff neither", async () => {
    const { school, lead } = await schoolWithStaff([]);
    const head = schoolCtx((await makeMember(school.id, "HEAD", "SENIOR_LEADER")).id, school, "HEAD");
    const staff = schoolCtx((await makeMember(school.id, "STAFF", "TEACHER")).id, school, "STAFF");
    expect(await listJobRoleTiers(head)).toHaveLength(JOB_ROLE_KEYS.length);
    await expect(saveJobRoleTiers(head, { ...defaults(), TEACHER: 3 })).rejects.toMatchObject({
      kind: "forbidden",
    });
    await expect(resetJobRoleTiers(head)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(listJobRoleTiers(staff)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(saveJobRoleTiers(staff, { ...defaults(), TEACHER: 3 })).rejects.toMatchObject({
      kind: "forbidden",
    });
    expect(await stored(lead.schoolId)).toEqual([]);
  });

  it("keeps each school's mapping to itself", async () => {
    const a = await schoolWithStaff(["TEACHER"]);
    const b = await schoolWithStaff(["TEACHER"]);
    await saveJobRoleTiers(b.lead, { ...defaults(), TEACHER: 3 });
    await saveJobRoleTiers(a.lead, { ...defaults(), TEACHER: 2 });
    await resetJobRoleTiers(a.lead);
    expect(await stored(b.school.id)).toEqual([{ jobRole: "TEACHER", requiredTier: 3 }]);
    expect((await listJobRoleTiers(a.lead)).find((r) => r.jobRole === "TEACHER")?.requiredTier).toBe(1);
  });

  it("the form schema needs a tier from 1 to 3 for every job role", () => {
    expect(jobRoleTiersSchema.safeParse({ tiers: defaults() }).success).toBe(true);
    const missing = { ...defaults() } as Partial<Record<JobRole, Tier>>;
    delete missing.ELSA;
    expect(jobRoleTiersSchema.safeParse({ tiers: missing }).success).toBe(false);
    expect(jobRoleTiersSchema.safeParse({ tiers: { ...defaults(), TEACHER: 4 } }).success).toBe(false);
    expect(jobRoleTiersSchema.safeParse({ tiers: { ...defaults(), ASTRONAUT: 1 } }).success).toBe(false);
  });
});
