import { describe, it, expect } from "vitest";
import Papa from "papaparse";
import { csvCell as csvField } from "../../lib/csv";
import { publishRound } from "../../lib/disclosure";
import { type GapCompetency, type Respondent } from "../../lib/gaps/analysis";
import { GAP_CSV_HEADER, gapReportCsv } from "../../lib/gaps/csv";

// The lead's own view of a NAMED round: published in full.
const fullRows = (competencies: GapCompetency[], respondents: Respondent[]) =>
  publishRound({
    mode: "full",
    k: 5,
    competencies,
    respondents,
    participants: respondents.map((r) => ({
      jobRole: r.jobRole,
      tier: r.requiredTier,
      state: "SUBMITTED" as const,
    })),
    targets: { 1: 3, 2: 3, 3: 3 },
    roleLabel: (r) => r,
  }).rows;

const competencies: GapCompetency[] = [
  { code: "A1", domainCode: "D1", tier: 1 },
  { code: "A2", domainCode: "D1", tier: 1 },
  { code: "W9", domainCode: "D9", tier: 3 },
];
// A1 gaps 1, 0, 0 -> rate 1/3, mean 1/3; A2 gaps 2, 2, 0 -> rate 2/3, mean 4/3; W9 in scope for no one.
const respondents: Respondent[] = [
  { id: "p1", jobRole: "T", requiredTier: 1, ratings: { A1: 2, A2: 1 } },
  { id: "p2", jobRole: "T", requiredTier: 1, ratings: { A1: 3, A2: 1 } },
  { id: "p3", jobRole: "T", requiredTier: 1, ratings: { A1: 4, A2: 3 } },
];

describe("gapReportCsv", () => {
  const csv = gapReportCsv(fullRows(competencies, respondents));
  const lines = csv.split("\r\n");

  it("starts with the exact header", () => {
    expect(GAP_CSV_HEADER).toBe("competency_code,domain,tier,in_scope,with_gap,need_rate,mean_gap,total_gap");
    expect(lines[0]).toBe(GAP_CSV_HEADER);
  });

  it("writes one row per competency in priority order at full precision, empty for null", () => {
    expect(lines.slice(1)).toEqual([
      "A2,D1,1,3,2,0.6666666666666666,1.3333333333333333,4",
      "A1,D1,1,3,1,0.3333333333333333,0.3333333333333333,1",
      "W9,D9,3,0,0,,,0",
      "",
    ]);
  });

  it("reads back with a CSV parser to the same numbers", () => {
    const parsed = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
    expect(parsed[0]).toHaveLength(8);
    expect(Number(parsed[1]![5])).toBe(2 / 3);
    expect(Number(parsed[1]![6])).toBe(4 / 3);
  });

  it("quotes fields that need it and defuses spreadsheet formulas", () => {
    expect(csvField('D,"1"')).toBe('"D,""1"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField(null)).toBe("");
    expect(csvField(0.1 + 0.2)).toBe("0.30000000000000004");
    const odd = gapReportCsv(fullRows([{ code: "X,1", domainCode: 'D "q"', tier: 1 }], respondents));
    expect(odd.split("\r\n")[1]).toBe('"X,1","D ""q""",1,0,0,,,0'); // no one rated it
  });
});

describe("gapReportCsv of a controlled publication", () => {
  it("leaves withheld rows blank, after the ranked rows, in code order", () => {
    const teachers: Respondent[] = [1, 2, 3, 4, 5].map((i) => ({
      id: `t${i}`,
      jobRole: "TEACHER",
      requiredTier: 1,
      ratings: { A1: 1, A2: 2, W9: 0 },
    }));
    const senco: Respondent = {
      id: "s1",
      jobRole: "SENCO",
      requiredTier: 3,
      ratings: { A1: 0, A2: 0, W9: 0 },
    };
    const rows = publishRound({
      mode: "controlled",
      k: 5,
      competencies,
      respondents: [...teachers, senco],
      participants: [...teachers, senco].map((r) => ({
        jobRole: r.jobRole,
        tier: r.requiredTier,
        state: "SUBMITTED" as const,
      })),
      targets: { 1: 3, 2: 3, 3: 3 },
      roleLabel: (r) => r,
    }).rows;
    expect(gapReportCsv(rows).split("\r\n").slice(1)).toEqual([
      "A1,D1,1,6,6,1,2.1666666666666665,13",
      "A2,D1,1,6,6,1,1.3333333333333333,8",
      "W9,D9,3,,,,,",
      "",
    ]);
  });
});
