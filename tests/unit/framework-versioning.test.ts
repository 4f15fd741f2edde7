import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import {
  addCompetencySchema,
  applyEdit,
  contentFromData,
  diffVersions,
  nextCompetencyCode,
  summariseChanges,
} from "@/lib/framework/versioning";

const base = contentFromData(DEFAULT_FRAMEWORK);
const codes = base.competencies.map((c) => c.code);

describe("applying an edit", () => {
  it("adds a local competency after its domain's last one, without changing the old version", () => {
    const before = structuredClone(base);
    const next = applyEdit(base, {
      kind: "add-competency",
      domainCode: "D2",
      tier: 2,
      statement: "I can run a calm-down corner well.",
    });
    expect(base).toEqual(before);
    const i = next.competencies.findIndex((c) => c.code === "C2.07");
    expect(i).toBe(base.competencies.findIndex((c) => c.code === "C2.06") + 1);
    expect(diffVersions(base, next)).toEqual([
      { kind: "added", code: "C2.07", statement: "I can run a calm-down corner well." },
    ]);
  });

  it("suggests the next free code in a domain, or a domain-based one for a new domain", () => {
    expect(nextCompetencyCode(base, "D2")).toBe("C2.07");
    expect(nextCompetencyCode(base, "LA1")).toBe("LA1.01");
  });

  it("rewords, retires and reinstates, each shown in the diff", () => {
    const reworded = applyEdit(base, {
      kind: "reword",
      code: "C1.01",
      statement: "New wording for this one.",
    });
    expect(diffVersions(base, reworded)).toEqual([
      {
        kind: "reworded",
        code: "C1.01",
        from: base.competencies[0]!.statement,
        to: "New wording for this one.",
      },
    ]);
    const retired = applyEdit(base, { kind: "retire", code: "C1.02" });
    expect(diffVersions(base, retired)).toEqual([{ kind: "retired", code: "C1.02" }]);
    expect(diffVersions(retired, applyEdit(retired, { kind: "reinstate", code: "C1.02" }))).toEqual([
      { kind: "reinstated", code: "C1.02" },
    ]);
  });

  it("changes targets per tier", () => {
    const next = applyEdit(base, { kind: "set-targets", targets: { 1: 2, 2: 3, 3: 4 } });
    expect(diffVersions(base, next)).toEqual([
      { kind: "target-changed", tier: 1, from: 3, to: 2 },
      { kind: "target-changed", tier: 3, from: 3, to: 4 },
    ]);
  });

  it("refuses edits that make no sense with a clear message", () => {
    const cases: [Parameters<typeof applyEdit>[1], RegExp][] = [
      [{ kind: "retire", code: "C9.99" }, /no competency C9.99/],
      [
        {
          kind: "add-competency",
          domainCode: "D1",
          code: "C1.01",
          tier: 1,
          statement: "Duplicate code here.",
        },
        /already used/,
      ],
      [
        { kind: "add-competency", domainCode: "D9", tier: 1, statement: "No such domain exists." },
        /no domain D9/,
      ],
      [{ kind: "reword", code: "C1.01", statement: base.competencies[0]!.statement }, /Nothing has changed/],
      [{ kind: "set-targets", targets: { 1: 3, 2: 3, 3: 3 } }, /already the targets/],
      [{ kind: "add-domain", code: "D1", name: "Again" }, /already used/],
    ];
    for (const [edit, message] of cases) {
      expect(() => applyEdit(base, edit)).toThrow(UserError);
      expect(() => applyEdit(base, edit)).toThrow(message);
    }
    const retired = applyEdit(base, { kind: "retire", code: "C1.02" });
    expect(() => applyEdit(retired, { kind: "retire", code: "C1.02" })).toThrow(/already retired/);
    expect(() =>
      applyEdit(retired, { kind: "reword", code: "C1.02", statement: "Different words here." }),
    ).toThrow(/reinstate/);
  });

  it("keeps a retired code taken, so it is never reused for new wording", () => {
    const retired = applyEdit(base, { kind: "retire", code: "C2.06" });
    expect(nextCompetencyCode(retired, "D2")).toBe("C2.07");
  });

  it("validates edit forms", () => {
    expect(
      addCompetencySchema.safeParse({ domainCode: "D1", tier: 4, statement: "A long enough statement" })
        .success,
    ).toBe(false);
    expect(addCompetencySchema.safeParse({ domainCode: "D1", tier: 1, statement: "short" }).success).toBe(
      false,
    );
    expect(
      addCompetencySchema.safeParse({ domainCode: "D 1", tier: 1, statement: "A long enough statement" })
        .success,
    ).toBe(false);
  });
});

describe("diffing versions", () => {
  it("finds nothing between a version and itself", () => {
    expect(diffVersions(base, structuredClone(base))).toEqual([]);
    expect(summariseChanges([])).toBe("No changes");
  });

  it("reports exactly the retired codes after any sequence of retirements", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 10 }), (picked) => {
        const next = picked.reduce((c, code) => applyEdit(c, { kind: "retire", code }), base);
        const changes = diffVersions(base, next);
        expect(changes.map((c) => c.kind === "retired" && c.code).sort()).toEqual([...picked].sort());
      }),
    );
  });

  it("reports removed competencies and domains (an import that leaves them out)", () => {
    const next = {
      ...base,
      domains: base.domains.slice(1),
      competencies: base.competencies.filter((c) => c.domainCode !== "D1"),
    };
    const changes = diffVersions(base, next);
    expect(changes).toContainEqual({ kind: "domain-removed", code: "D1" });
    expect(changes.filter((c) => c.kind === "removed")).toHaveLength(5);
    expect(summariseChanges(changes)).toMatch(/and 1 more changes$/);
  });
});
