// Benchmarks beside a school's review on Postgres: other schools' figures come only as counts and
// means from a SECURITY DEFINER function, withheld under 5 schools, and no school can read the
// rollup they are computed from.
import { beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { PRINCIPLES } from "@/lib/review/principles";
import { reviewOverview } from "@/lib/review/queries";
import { makeTrust, ownerDb } from "./support/fixtures";
import { agreedReview, reviewSchool } from "./support/review-fixtures";

// The rollup holds every school of this worker's database: start from none, so counts are known.
beforeAll(async () => {
  await ownerDb().reviewBenchmark.deleteMany();
});

describe("review benchmarks", () => {
  it("withholds the trust's and the server's figures under 5 schools and shows them at 5", async () => {
    const trust = await makeTrust();
    const schools = [];
    for (let i = 0; i < 5; i++) schools.push(await reviewSchool({ trustId: trust.id, staff: 0 }));
    // Four schools agree: leadership scored 0, 1, 2, 3; everything else 2.
    for (let i = 0; i < 4; i++)
      await agreedReview(schools[i]!.lead, (p) => (p === 0 ? (i as 0 | 1 | 2 | 3) : 2));
    const withheld = (await reviewOverview(schools[0]!.head)).benchmarks!;
    expect(withheld).toHaveLength(PRINCIPLES.length);
    for (const b of withheld) {
      expect(b.trust).toEqual({ shown: false, reason: "too-few" });
      expect(b.all).toEqual({ shown: false, reason: "too-few" });
    }

    await agreedReview(schools[4]!.lead, (p) => (p === 0 ? 3 : 2));
    const shown = (await reviewOverview(schools[0]!.head)).benchmarks!;
    expect(shown[0]).toEqual({
      principleKey: "leadership",
      trust: { shown: true, schools: 5, mean: (0 + 1 + 2 + 3 + 3) / 5 },
      all: { shown: true, schools: 5, mean: (0 + 1 + 2 + 3 + 3) / 5 },
    });
    expect(shown[1]!.trust).toEqual({ shown: true, schools: 5, mean: 2 });

    // One school outside the trust agrees: the server's figure minus the trust's would give its
    // scores away, so the server's figure is withheld for the trust's schools...
    const outside = await reviewSchool({ staff: 0 });
    await agreedReview(outside.lead, () => 0);
    const linked = (await reviewOverview(schools[0]!.head)).benchmarks!;
    expect(linked[0]!.trust).toMatchObject({ shown: true, schools: 5 });
    expect(linked[0]!.all).toEqual({ shown: false, reason: "linked" });
    // ...and shown to the school outside any trust, which has no trust figure to subtract.
    const alone = (await reviewOverview(outside.lead)).benchmarks!;
    expect(alone[0]!.trust).toEqual({ shown: false, reason: "no-trust" });
    expect(alone[0]!.all).toEqual({ shown: true, schools: 6, mean: (0 + 1 + 2 + 3 + 3 + 0) / 6 });

    // A newer agreed review replaces the school's row rather than adding one.
    await agreedReview(schools[4]!.lead, () => 1);
    expect(await ownerDb().reviewBenchmark.count({ where: { schoolId: schools[4]!.school.id } })).toBe(
      PRINCIPLES.length,
    );
  });

  it("returns counts and means per principle and group, never a school's row", async () => {
    const { lead } = await reviewSchool({ staff: 0 });
    await agreedReview(lead, () => 3);
    const rows = await withScope(
      { schoolId: lead.schoolId, personId: lead.personId },
      (tx) => tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM review_benchmarks()`,
    );
    expect(Object.keys(rows[0]!).sort()).toEqual(["groupKind", "mean", "principleKey", "schools"]);
    const pairs = rows.map((r) => `${String(r.principleKey)}/${String(r.groupKind)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(rows.every((r) => r.groupKind === "all")).toBe(true); // this school is in no trust
    expect(rows).toHaveLength(PRINCIPLES.length);
  });

  it("lets no school read the rollup or write another school's row", async () => {
    const a = await reviewSchool({ staff: 0 });
    const b = await reviewSchool({ staff: 0 });
    await agreedReview(b.lead, () => 2);
    const scope = { schoolId: a.school.id, personId: a.lead.personId };
    await expect(withScope(scope, (tx) => tx.$queryRaw`SELECT * FROM "ReviewBenchmark"`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withScope(scope, (tx) => tx.reviewBenchmark.count())).rejects.toThrow(/permission denied/);
    await expect(
      withScope(
        scope,
        (tx) =>
          tx.$executeRaw`INSERT INTO "ReviewBenchmark" ("schoolId", "principleKey", score, "reviewedAt")
          VALUES (${b.school.id}, 'ethos', 0, now())`,
      ),
    ).rejects.toThrow(/row-level security/);
    // A delete with no WHERE reaches only the school's own rows.
    await withScope(scope, (tx) => tx.$executeRaw`DELETE FROM "ReviewBenchmark"`);
    expect(await ownerDb().reviewBenchmark.count({ where: { schoolId: b.school.id } })).toBe(
      PRINCIPLES.length,
    );
  });
});
