import { describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { exportFramework, getVersion, listVersions } from "@/lib/framework/history";
import {
  addCompetency,
  adoptFramework,
  editFramework,
  ensureDefaultFramework,
  getFramework,
  importFramework,
  retireCompetency,
  rewordCompetency,
} from "@/lib/framework/queries";
import type { TrustContext } from "@/lib/tenancy/context";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";

describe("the default framework", () => {
  it("exists once, however many callers ask for it at the same time", async () => {
    const results = await Promise.all([
      ensureDefaultFramework(),
      ensureDefaultFramework(),
      ensureDefaultFramework(),
    ]);
    expect(new Set(results.map((r) => r.versionId)).size).toBe(1);
    expect(await ownerDb().framework.count({ where: { schoolId: null, trustId: null } })).toBe(1);
  });

  it("is what a school sees until it adopts, and adopting copies it once", async () => {
    const { lead } = await schoolWithStaff([]);
    const before = await getFramework(lead);
    expect(before.source).toBe("default");
    expect(before.content.competencies.length).toBeGreaterThanOrEqual(36);
    const [a, b] = [await adoptFramework(lead), await adoptFramework(lead)];
    expect(a.source).toBe("own");
    expect(b.frameworkId).toBe(a.frameworkId);
    expect(a.version.number).toBe(1);
    expect(a.content).toEqual(before.content);
    expect(
      await ownerDb().auditEvent.count({ where: { schoolId: lead.schoolId, action: "framework.adopted" } }),
    ).toBe(1);
  });
});

describe("editing makes versions", () => {
  it("adds, retires and rewords, each as a new version with a summary and audit record", async () => {
    const { lead } = await schoolWithStaff([]);
    const added = await addCompetency(lead, {
      domainCode: "D2",
      tier: 2,
      statement: "I can run our calm-space routine well.",
    });
    expect(added).toMatchObject({ number: 2, changeSummary: "Added C2.07" });
    expect((await retireCompetency(lead, "C1.05")).changeSummary).toBe("Retired C1.05");
    const reworded = await rewordCompetency(lead, {
      code: "C1.01",
      statement: "I can say what mental health means.",
    });
    expect(reworded).toMatchObject({ number: 4, changeSummary: "Reworded C1.01" });

    const history = await listVersions(lead);
    expect(history.map((h) => h.number)).toEqual([4, 3, 2, 1]);
    expect(history[0]!.createdByName).toBe("Test Person");
    const v4 = await getVersion(lead, reworded.id);
    expect(v4.changes).toEqual([expect.objectContaining({ kind: "reworded", code: "C1.01" })]);
    const current = await getFramework(lead);
    expect(current.content.competencies.find((c) => c.code === "C1.05")!.retired).toBe(true);
    expect(
      await ownerDb().auditEvent.count({ where: { schoolId: lead.schoolId, action: "framework.changed" } }),
    ).toBe(3);
  });

  it("refuses an edit made from an out-of-date page, and edits by staff", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const start = await adoptFramework(lead);
    await retireCompetency(lead, "C1.02", start.version.id);
    await expect(retireCompetency(lead, "C1.03", start.version.id)).rejects.toThrow(
      /changed by someone else/,
    );
    await expect(retireCompetency(staff[0]!.ctx, "C1.03")).rejects.toMatchObject({ kind: "forbidden" });
    expect((await listVersions(lead)).length).toBe(2);
  });

  it("accepts the default's version as the base of a school's first edit", async () => {
    const { lead } = await schoolWithStaff([]);
    const seen = await getFramework(lead);
    await expect(
      editFramework(lead, { kind: "set-targets", targets: { 1: 3, 2: 3, 3: 4 } }, seen.version.id),
    ).resolves.toMatchObject({ number: 2 });
  });

  it("keeps versions immutable underneath the app", async () => {
    const { lead } = await schoolWithStaff([]);
    const { version } = await adoptFramework(lead);
    const changed = await withScope({ personId: lead.personId, schoolId: lead.schoolId }, (tx) =>
      tx.competency.updateMany({ where: { versionId: version.id }, data: { statement: "Tampered with" } }),
    );
    expect(changed.count).toBe(0);
    const deleted = await withScope({ schoolId: lead.schoolId }, (tx) =>
      tx.frameworkVersion.deleteMany({ where: { id: version.id } }),
    );
    expect(deleted.count).toBe(0);
  });
});

describe("import and export", () => {
  it("imports nothing when any CSV row is bad, and reports each with its line", async () => {
    const { lead } = await schoolWithStaff([]);
    await adoptFramework(lead);
    const csv =
      "domain_code,domain_name,competency_code,tier,statement,guidance\nA,Area,A1,1,Fine,\nA,Area,A2,7,Bad tier,\nA,Area,A1,1,Duplicate,\n";
    const error = await importFramework(lead, { format: "csv", text: csv }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe("2 problems in the file; nothing was imported.");
    expect((error as UserError).fieldErrors!.file).toEqual([
      'Line 3: tier must be 1, 2 or 3, not "7".',
      "Line 4: competency_code A1 is already used on line 2.",
    ]);
    expect((await listVersions(lead)).length).toBe(1);
  });

  it("loads a local authority's CSV as a new version, keeping left-out codes as retired", async () => {
    const { lead } = await schoolWithStaff([]);
    const csv =
      "domain_code,domain_name,competency_code,tier,statement,guidance\nLA1,Local area,LA1.01,1,I know our local offer.,\n";
    const v = await importFramework(lead, { format: "csv", text: csv });
    expect(v.number).toBe(2);
    const current = await getFramework(lead);
    const inUse = current.content.competencies.filter((c) => !c.retired);
    expect(inUse.map((c) => c.code)).toEqual(["LA1.01"]);
    expect(current.content.competencies.find((c) => c.code === "C1.01")!.retired).toBe(true);
  });

  it("exports JSON that imports back to the same framework", async () => {
    const { lead } = await schoolWithStaff([]);
    await addCompetency(lead, {
      domainCode: "D3",
      tier: 1,
      statement: "I greet every pupil by name each day.",
    });
    const json = await exportFramework(lead, "json");
    expect(json.filename).toBe("framework-v2.json");
    const other = await schoolWithStaff([]);
    await importFramework(other.lead, { format: "json", text: json.text });
    expect((await getFramework(other.lead)).content).toEqual((await getFramework(lead)).content);
    const csv = await exportFramework(lead, "csv");
    expect(csv.text.split("\r\n")[0]).toBe("domain_code,domain_name,competency_code,tier,statement,guidance");
  });
});

describe("tenancy", () => {
  it("never shows or changes another school's framework", async () => {
    const a = await schoolWithStaff([]);
    const b = await schoolWithStaff([]);
    const own = await addCompetency(a.lead, {
      domainCode: "D1",
      tier: 1,
      statement: "Only school A has this one.",
    });
    expect((await getFramework(b.lead)).source).toBe("default");
    await expect(getVersion(b.lead, own.id)).rejects.toMatchObject({ kind: "not_found" });
    const seen = await withScope({ schoolId: b.school.id }, (tx) =>
      tx.frameworkVersion.count({ where: { schoolId: a.school.id } }),
    );
    expect(seen).toBe(0);
    // Writing into A's framework, or a global one, from B's scope is refused by Postgres itself.
    await expect(
      withScope({ schoolId: b.school.id }, (tx) =>
        tx.framework.create({ data: { schoolId: a.school.id, name: "Taken" } }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withScope({ schoolId: b.school.id }, (tx) =>
        tx.framework.create({ data: { name: "A second default" } }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("lets a trust adopt and edit its framework, which its schools then start from", async () => {
    const trust = await makeTrust();
    const leader = await makeTrustLeader(trust.id);
    const ctx: TrustContext = {
      kind: "trust",
      personId: leader.id,
      trustId: trust.id,
      trustName: trust.name,
      role: "TRUST_LEADER",
    };
    await addCompetency(ctx, {
      domainCode: "D8",
      tier: 3,
      statement: "I share our trust's practice with peers.",
    });
    const { lead } = await schoolWithStaff([], { trustId: trust.id });
    const seen = await getFramework(lead);
    expect(seen.source).toBe("trust");
    const adopted = await adoptFramework(lead);
    expect(adopted.content.competencies.some((c) => c.code === "C8.08")).toBe(true);
    const outsider = await schoolWithStaff([]);
    expect((await getFramework(schoolCtx(outsider.lead.personId, outsider.school, "LEAD"))).source).toBe(
      "default",
    );
  });
});
