import { describe, expect, it } from "vitest";
import {
  checkResponseCsv,
  confidentialExportCsv,
  namedExportCsv,
  type ImportMember,
} from "@/lib/assessment/csv-import";
import type { CompetencyContent } from "@/lib/framework/versioning";
import type { Tier } from "@/lib/tiers";

const comp = (code: string, tier: Tier, retired = false): CompetencyContent => ({
  code,
  domainCode: "D1",
  tier,
  statement: code,
  guidance: null,
  examples: [],
  retired,
});
const competencies = [comp("C1", 1), comp("C2", 1), comp("C3", 2), comp("OLD", 1, true)];
const member = (personId: string, requiredTier: Tier, extra: Partial<ImportMember> = {}): ImportMember => ({
  personId,
  requiredTier,
  asked: true,
  hasResponse: false,
  ...extra,
});
const members = new Map<string, ImportMember>([
  ["ann@school.test", member("ann", 1)],
  ["bob@school.test", member("bob", 2)],
  ["cat@school.test", member("cat", 1, { asked: false })],
  ["dan@school.test", member("dan", 1, { hasResponse: true })],
]);
const check = (lines: string[]) => checkResponseCsv(lines.join("\n"), { competencies, members });

describe("importing responses from CSV", () => {
  it("groups valid rows into one response per person, emails in any case", () => {
    const r = check([
      "email,competency_code,rating",
      "ANN@school.test,C1,3",
      "ann@school.test,C2,0",
      "bob@school.test,C1,4",
      "bob@school.test,C2,2",
      "bob@school.test,C3,1",
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.responses.map((p) => [p.personId, Object.fromEntries(p.ratings)])).toEqual([
      ["ann", { C1: 3, C2: 0 }],
      ["bob", { C1: 4, C2: 2, C3: 1 }],
    ]);
  });

  it("reports every bad row with its line and a clear reason", () => {
    const r = check([
      "email,competency_code,rating",
      "ann@school.test,C1,5",
      "ann@school.test,C1,2.5",
      "ann@school.test,C9,3",
      "ann@school.test,C2,3",
      "ann@school.test,C2,3",
      "zed@school.test,C1,3",
      "cat@school.test,C1,3",
      "dan@school.test,C1,3",
      "ann@school.test,C3,3",
      "ann@school.test,OLD,3",
      "not-an-email,C1,3",
      "ann@school.test,C1",
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: rating must be a whole number from 0 to 4, not "5".',
      '3: rating must be a whole number from 0 to 4, not "2.5".',
      "3: ann@school.test already has a rating for C1 on line 2.",
      '4: "C9" is not a competency code in this round\'s framework.',
      // Every C1 row for Ann was bad, so her response would be incomplete as well.
      "5: ann@school.test has no rating for C1; every competency in scope is needed.",
      "6: ann@school.test already has a rating for C2 on line 5.",
      "7: no one with the email zed@school.test is a member of this school.",
      "8: cat@school.test is not asked in this round.",
      "9: dan@school.test has already responded to this round.",
      "10: C3 is a tier 2 competency, not in scope for ann@school.test (tier 1).",
      '11: "OLD" is not a competency code in this round\'s framework.',
      '12: "not-an-email" is not an email address.',
      "13: expected 3 columns (email, competency_code, rating) but found 2.",
    ]);
  });

  it("needs every in-scope competency for each person, as submitting online does", () => {
    const r = check(["email,competency_code,rating", "bob@school.test,C1,3", "bob@school.test,C3,1"]);
    expect(!r.ok && r.problems).toEqual([
      { line: 2, message: "bob@school.test has no rating for C2; every competency in scope is needed." },
    ]);
  });

  it("checks the header and refuses an empty file", () => {
    expect(!check(["email,code,score", "ann@school.test,C1,1"]).ok).toBe(true);
    expect(check(["email,competency_code,rating"])).toEqual({
      ok: false,
      problems: [{ line: null, message: "The file has a header but no ratings." }],
    });
  });
});

describe("exporting responses", () => {
  it("writes one line per answer with who gave it, for NAMED rounds", () => {
    const csv = namedExportCsv([
      {
        email: "ann@school.test",
        name: "Ann",
        jobRole: "Teacher",
        requiredTier: 1,
        submittedAt: new Date("2026-01-02T10:00:00Z"),
        answers: [{ code: "C1", rating: 3, comment: "=SUM(A1)" }],
      },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "email,name,job_role,required_tier,submitted_at,competency_code,rating,comment",
      "ann@school.test,Ann,Teacher,1,2026-01-02T10:00:00.000Z,C1,3,'=SUM(A1)",
      "",
    ]);
  });

  it("numbers respondents and carries no identifiers for CONFIDENTIAL rounds", () => {
    const csv = confidentialExportCsv([
      { respondent: 1, requiredTier: 1, code: "C1", rating: 2 },
      { respondent: 2, requiredTier: null, code: "C1", rating: 4 },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "respondent,required_tier,competency_code,rating",
      "1,1,C1,2",
      "2,,C1,4",
      "",
    ]);
  });
});
