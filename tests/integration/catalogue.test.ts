import { beforeAll, describe, expect, it } from "vitest";
import { addCourse, listCourses, listOwnCourses, retireCourse } from "@/lib/catalogue/queries";
import { addCourseSchema, NO_COMPETENCY } from "@/lib/catalogue/schemas";
import { ensureStarterCatalogue } from "@/lib/catalogue/write";
import { STARTER_CATALOGUE } from "@/lib/catalogue/starter-catalogue";
import { UserError } from "@/lib/errors";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { courseForm, trustCtx } from "./support/records-fixtures";

beforeAll(async () => {
  await ownerDb().$transaction((tx) => ensureStarterCatalogue(tx), { timeout: 60_000 });
});

const values = (overrides = {}) => addCourseSchema.parse(courseForm(overrides));

describe("the catalogue", () => {
  it("shows the starter catalogue to every school, with outcomes, and filters it", async () => {
    const { lead } = await schoolWithStaff([]);
    const all = await listCourses(lead);
    expect(all.length).toBe(STARTER_CATALOGUE.length);
    expect(all.every((c) => c.outcomes.length > 0 && c.owner === "harbour" && !c.ownCourse)).toBe(true);
    const tier2 = await listCourses(lead, { tier: 2 });
    expect(tier2.length).toBeGreaterThan(0);
    expect(tier2.every((c) => c.tier === 2)).toBe(true);
    const online = await listCourses(lead, { format: "ONLINE_SELF_PACED" });
    expect(online.every((c) => c.format === "ONLINE_SELF_PACED")).toBe(true);
    const code = all[0]!.outcomes[0]!.competencyCode;
    const byCompetency = await listCourses(lead, { competency: code });
    expect(byCompetency.every((c) => c.outcomes.some((o) => o.competencyCode === code))).toBe(true);
  });

  it("adds a school course with its outcomes, in pence, visible only to that school", async () => {
    const { lead } = await schoolWithStaff([]);
    const { lead: otherLead } = await schoolWithStaff([]);
    const { id } = await addCourse(
      lead,
      values({
        outcomes: [
          { competencyCode: "C1.01", level: "3" },
          { competencyCode: "C1.02", level: "4" },
        ],
      }),
    );
    const stored = await ownerDb().course.findUniqueOrThrow({ where: { id }, include: { outcomes: true } });
    expect(stored).toMatchObject({
      schoolId: lead.schoolId,
      trustId: null,
      costPence: 4550,
      refreshMonths: 12,
      sessionCapacity: null,
    });
    expect(stored.outcomes.map((o) => [o.competencyCode, o.level]).sort()).toEqual([
      ["C1.01", 3],
      ["C1.02", 4],
    ]);
    expect((await listCourses(lead)).find((c) => c.id === id)?.ownCourse).toBe(true);
    expect((await listCourses(otherLead)).some((c) => c.id === id)).toBe(false);
  });

  it("refuses a course that covers no competency with a clear message, and writes nothing", async () => {
    const parsed = addCourseSchema.safeParse(courseForm({ outcomes: [{ competencyCode: "", level: "3" }] }));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["outcomes", NO_COMPETENCY],
    ]);
    const { lead } = await schoolWithStaff([]);
    const before = await ownerDb().course.count({ where: { schoolId: lead.schoolId } });
    await expect(
      addCourse(lead, { ...values(), outcomes: [{ competencyCode: "NOPE.99", level: 3 }] }),
    ).rejects.toThrow(UserError);
    expect(await ownerDb().course.count({ where: { schoolId: lead.schoolId } })).toBe(before);
  });

  it("checks the cost model, hours, cost and link", () => {
    const errors = (o: object) => {
      const r = addCourseSchema.safeParse(courseForm(o));
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."));
    };
    expect(errors({ costModel: "PER_SESSION", sessionCapacity: "" })).toEqual(["sessionCapacity"]);
    expect(errors({ hoursPerParticipant: "0" })).toEqual(["hoursPerParticipant"]);
    expect(errors({ hoursPerParticipant: "501" })).toEqual(["hoursPerParticipant"]);
    expect(errors({ costPounds: "-1" })).toEqual(["costPounds"]);
    expect(errors({ costPounds: "1000001" })).toEqual(["costPounds"]);
    expect(errors({ bookingUrl: "http://example.org" })).toEqual(["bookingUrl"]);
    expect(errors({ refreshMonths: "" })).toEqual([]);
    expect(
      addCourseSchema.parse(courseForm({ costModel: "PER_SESSION", sessionCapacity: "30" })).sessionCapacity,
    ).toBe(30);
  });

  it("shows a trust's course to the trust's schools, not to another trust's", async () => {
    const trust = await makeTrust();
    const otherTrust = await makeTrust();
    const leader = trustCtx((await makeTrustLeader(trust.id)).id, trust);
    const { lead: inTrust } = await schoolWithStaff([], { trustId: trust.id });
    const { lead: elsewhere } = await schoolWithStaff([], { trustId: otherTrust.id });
    const { id } = await addCourse(leader, values({ title: "Trust-wide course" }));
    expect((await ownerDb().course.findUniqueOrThrow({ where: { id } })).trustId).toBe(trust.id);
    const seen = (await listCourses(inTrust)).find((c) => c.id === id);
    expect(seen).toMatchObject({ owner: "trust", ownCourse: false });
    expect((await listCourses(elsewhere)).some((c) => c.id === id)).toBe(false);
    expect((await listOwnCourses(leader)).map((c) => c.id)).toEqual([id]);
    // A school lead cannot retire the trust's course.
    await expect(retireCourse(inTrust, id)).rejects.toThrow(/not found/);
  });

  it("retires a school's own course, which then leaves the catalogue; a starter course cannot be retired", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const { id } = await addCourse(lead, values());
    await expect(retireCourse(staff[0]!.ctx, id)).rejects.toThrow(/permission/);
    await retireCourse(lead, id);
    expect((await listCourses(lead)).some((c) => c.id === id)).toBe(false);
    expect((await ownerDb().course.findUniqueOrThrow({ where: { id } })).retiredAt).not.toBeNull();
    const starter = (await listCourses(lead))[0]!;
    await expect(retireCourse(lead, starter.id)).rejects.toThrow(/not found/);
  });
});
