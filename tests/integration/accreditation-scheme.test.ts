import { describe, expect, it } from "vitest";
import { ensureDefaultScheme, getSchemeForSchool, loadScheme } from "@/lib/accreditation/scheme";
import { writeSchemeVersion } from "@/lib/accreditation/write";
import { HARBOUR_SCHEME } from "@/lib/accreditation/default-scheme";
import { withScope } from "@/lib/db/scope";
import { makeSchool, makeTrust, ownerDb } from "./support/fixtures";

describe("the accreditation scheme as data", () => {
  it("creates Harbour's scheme once, readable by everyone", async () => {
    const id = await ensureDefaultScheme();
    expect(await ensureDefaultScheme()).toBe(id);
    const school = await makeSchool();
    const view = await getSchemeForSchool({ schoolId: school.id });
    expect(view.id).toBe(id);
    expect(view.strands).toHaveLength(6);
    expect(view.strands[0]!.criteria[0]).toMatchObject({ key: "1.1", measure: "CORE_TRAINING_IN_DATE" });
    expect(await withScope({}, (tx) => tx.accreditationCriterion.count({ where: { schemeId: id } }))).toBe(
      HARBOUR_SCHEME.strands.reduce((n, s) => n + s.criteria.length, 0),
    );
  });

  it("refuses global rows from the app without the seed flag, and any update", async () => {
    const id = await ensureDefaultScheme();
    await expect(
      withScope({}, (tx) =>
        tx.accreditationScheme.create({
          data: { version: 99, name: "Fake", changeSummary: "x", levels: [] },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await withScope({}, (tx) =>
      tx.accreditationCriterion.updateMany({ where: { schemeId: id }, data: { text: "Changed" } }),
    );
    expect(changed.count).toBe(0);
  });

  it("shows a trust's own scheme to that trust and its schools only", async () => {
    await ensureDefaultScheme();
    const trust = await makeTrust();
    const other = await makeTrust();
    const inTrust = await makeSchool({ trustId: trust.id });
    const outside = await makeSchool({ trustId: other.id });
    const own = await withScope({ trustId: trust.id }, (tx) =>
      writeSchemeVersion(tx, {
        trustId: trust.id,
        version: 1,
        data: { ...HARBOUR_SCHEME, name: "Our trust's scheme" },
        changeSummary: "Adopted",
        createdById: null,
      }),
    );
    expect((await getSchemeForSchool({ schoolId: inTrust.id })).name).toBe("Our trust's scheme");
    expect((await getSchemeForSchool({ schoolId: outside.id })).name).toBe(HARBOUR_SCHEME.name);
    expect(await withScope({ schoolId: outside.id }, (tx) => loadScheme(tx, own.id))).toBeNull();
    expect(await withScope({ trustId: other.id }, (tx) => loadScheme(tx, own.id))).toBeNull();
    await expect(
      withScope({ trustId: other.id }, (tx) =>
        tx.accreditationScheme.create({
          data: { trustId: trust.id, version: 2, name: "Taken over", changeSummary: "x", levels: [] },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await ownerDb().accreditationScheme.count({ where: { trustId: trust.id } })).toBe(1);
  });
});
