import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import {
  frameworkFromCsv,
  frameworkFromJson,
  frameworkToCsv,
  frameworkToJson,
  mergeImported,
} from "@/lib/framework/import-export";
import { contentFromData } from "@/lib/framework/versioning";

const base = contentFromData(DEFAULT_FRAMEWORK);
const HEADER = "domain_code,domain_name,competency_code,tier,statement,guidance";

describe("JSON", () => {
  it("round-trips a framework exactly", () => {
    const back = frameworkFromJson(frameworkToJson("Ours", "Desc", base));
    expect(back).toEqual({ ok: true, value: { name: "Ours", description: "Desc", content: base } });
  });

  it("reports every problem: bad JSON, duplicate codes, unknown domains, bad tiers", () => {
    expect(frameworkFromJson("{nope")).toEqual({
      ok: false,
      problems: [{ line: null, message: "The file is not valid JSON." }],
    });
    const bad = {
      name: "LA framework",
      domains: [{ code: "A", name: "One" }],
      competencies: [
        { code: "A1", domainCode: "A", tier: 1, statement: "x" },
        { code: "A1", domainCode: "B", tier: 5, statement: "y" },
      ],
    };
    const r = frameworkFromJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    const messages = !r.ok ? r.problems.map((p) => p.message).join("\n") : "";
    expect(messages).toMatch(/competencies.1.tier/);
    // The cross-checks run once the shapes are right.
    const r2 = frameworkFromJson(
      JSON.stringify({ ...bad, competencies: [bad.competencies[0], { ...bad.competencies[1], tier: 2 }] }),
    );
    const m2 = !r2.ok ? r2.problems.map((p) => p.message) : [];
    expect(m2).toEqual([
      "competencies.1.code: competency code A1 appears twice",
      "competencies.1.domainCode: domain B is not listed in domains",
    ]);
  });

  it("fills in the default targets and scale when the file has none", () => {
    const r = frameworkFromJson(
      JSON.stringify({
        name: "Min",
        domains: [{ code: "A", name: "A" }],
        competencies: [{ code: "A1", domainCode: "A", tier: 1, statement: "s" }],
      }),
    );
    expect(r.ok && r.value.content.targets).toEqual({ 1: 3, 2: 3, 3: 3 });
    expect(r.ok && r.value.content.ratingScale).toHaveLength(5);
  });
});

describe("CSV", () => {
  it("round-trips the competencies in use (examples and descriptions stay in JSON)", () => {
    const r = frameworkFromCsv(frameworkToCsv(base));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.domains.map((d) => [d.code, d.name])).toEqual(base.domains.map((d) => [d.code, d.name]));
    expect(r.value.competencies.map((c) => [c.code, c.domainCode, c.tier, c.statement, c.guidance])).toEqual(
      base.competencies.map((c) => [c.code, c.domainCode, c.tier, c.statement, c.guidance]),
    );
  });

  it("round-trips any statement text, including commas, quotes, new lines and formula-like starts", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 60 })
      .map((s) => s.replace(/\r/g, "").trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (statements) => {
        const content = {
          ...base,
          domains: [{ code: "D1", name: "One", description: "" }],
          competencies: statements.map((statement, i) => ({
            code: `C1.${i}`,
            domainCode: "D1",
            tier: 1 as const,
            statement,
            guidance: null,
            examples: [],
            retired: false,
          })),
        };
        const r = frameworkFromCsv(frameworkToCsv(content));
        expect(r.ok && r.value.competencies.map((c) => c.statement)).toEqual(statements);
      }),
    );
  });

  it("escapes cells that a spreadsheet would run as formulas", () => {
    const content = { ...base, competencies: [{ ...base.competencies[0]!, statement: '=HYPERLINK("x")' }] };
    expect(frameworkToCsv(content)).toContain(`'=HYPERLINK`);
  });

  it("reports every bad row with its line number and imports nothing", () => {
    const csv = [
      HEADER,
      "D1,Understanding,C1.01,1,A statement,",
      "D1,Understanding,C1.02,4,Bad tier,",
      "",
      "D1,Different name,C1.03,1,Renamed domain,",
      "D2,Noticing,C1.01,2,Duplicate code,",
      'D2,Noticing,"C 2",2,"A quoted',
      'statement over two lines",guidance',
      "D2,Noticing,C2.02,1,,",
      "D3,Too few columns",
    ].join("\r\n");
    const r = frameworkFromCsv("\uFEFF" + csv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.line)).toEqual([3, 5, 6, 7, 9, 10]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'tier must be 1, 2 or 3, not "4".',
      'domain D1 is named "Understanding" on line 2 but "Different name" here.',
      "competency_code C1.01 is already used on line 2.",
      'competency_code "C 2" must be up to 20 letters, digits, dots or dashes.',
      "statement is empty.",
      "expected 6 columns but found 2.",
    ]);
  });

  it("checks the header", () => {
    const r = frameworkFromCsv("code,statement\nC1,x");
    expect(!r.ok && r.problems[0]).toMatchObject({
      line: 1,
      message: expect.stringMatching(/must be the header/),
    });
    expect(frameworkFromCsv("").ok).toBe(false);
    expect(frameworkFromCsv(HEADER).ok).toBe(false);
  });
});

describe("merging an import into the current framework", () => {
  it("keeps competencies the file leaves out as retired, with their domain", () => {
    const imported = {
      domains: [base.domains[0]!],
      competencies: base.competencies.filter((c) => c.domainCode === "D1"),
    };
    const merged = mergeImported(base, imported);
    expect(merged.competencies).toHaveLength(base.competencies.length);
    expect(merged.competencies.filter((c) => c.retired)).toHaveLength(
      base.competencies.length - imported.competencies.length,
    );
    expect(merged.domains.map((d) => d.code)).toEqual(base.domains.map((d) => d.code));
    expect(merged.targets).toEqual(base.targets);
  });
});
