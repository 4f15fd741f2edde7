// The action plan's and the review's exports: the CSV rows and calendar events (pure builders), the
// governors' documents, and the PDF, read back as text and checked for embedded fonts and tags.
import fc from "fast-check";
import Papa from "papaparse";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { RagResult } from "@/lib/action-plan/rag";
import type { VersionContent } from "@/lib/action-plan/store";
import { documentText, planDocument, reviewDocument } from "@/lib/exports/document";
import { renderPdf } from "@/lib/exports/pdf";
import { ACTION_CSV_HEADER, actionCalendar, actionCsv, actionCsvRows, dueEvents } from "@/lib/exports/rows";
import { unescapeFormula } from "@/lib/csv";

type Action = VersionContent[number]["actions"][number];
const action = (over: Partial<Action> = {}): Action => ({
  key: "a1",
  title: "Train every governor in wellbeing",
  ownerId: "p1",
  ownerName: "Ann Lead",
  startOn: "2026-12-01",
  dueOn: "2027-02-01",
  status: "IN_PROGRESS",
  measure: null,
  ragOverride: null,
  ragNote: "",
  successMeasure: "All governors trained",
  resources: "INSET day",
  costPounds: 120.5,
  competencyCodes: ["C1.2", "C3.1"],
  suggestionKey: null,
  ...over,
});
const plan = (actions: Action[]): VersionContent => [
  { key: "o1", principleKey: "leadership", title: "Governors champion wellbeing", actions },
];
const amber: RagResult = { rag: "AMBER", source: "dates", reason: "Due soon and not started" };
const byHand: RagResult = { rag: "RED", source: "override", reason: "Set by hand", note: "Budget cut" };
const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" }).data;

describe("the CSV of the actions", () => {
  it("has one row per action with the principle, owner's name, dates, RAG in words and full-precision cost", () => {
    const content = plan([
      action(),
      action({ key: "a2", title: "Second", ragOverride: "RED", ragNote: "Budget cut" }),
    ]);
    const rows = parse(actionCsv(content, { a1: amber, a2: byHand }));
    expect(rows[0]).toEqual([...ACTION_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      "Leadership and management",
      "Governors champion wellbeing",
      "Train every governor in wellbeing",
      "Ann Lead",
      "2026-12-01",
      "2027-02-01",
      "In progress",
      "Amber",
      "no",
      "Due soon and not started",
      "All governors trained",
      "INSET day",
      "120.5",
      "C1.2 C3.1",
    ]);
    expect(rows[2]!.slice(7, 10)).toEqual(["Red", "yes", "Budget cut"]);
  });

  it("neutralises text a spreadsheet would run as a formula, in every text column", () => {
    const evil = '=HYPERLINK("http://x","y")';
    const content = plan([
      action({ title: evil, ownerName: "+Owner", successMeasure: "@sum", resources: "-1" }),
    ]);
    const row = parse(actionCsv(content, {}))[1]!;
    for (const cell of [row[2], row[3], row[10], row[11]]) expect(cell).toMatch(/^'/);
    expect(unescapeFormula(row[2]!)).toBe(evil);
  });

  it("is just the header, with no blank row, before there are any actions", () => {
    expect(actionCsv([], {})).toBe(`${ACTION_CSV_HEADER.join(",")}\r\n`);
  });

  it("says who owns an action whose owner has left", () => {
    expect(actionCsvRows(plan([action({ ownerName: "" })]), {})[0]![3]).toBe("No owner");
  });
});

describe("the calendar of due dates", () => {
  it("has one all-day event per action that is not dropped, on its due day, with the action's words", () => {
    const content = plan([
      action(),
      action({ key: "a2", title: "Dropped one", status: "DROPPED" }),
      action({ key: "a3", title: "Termly check; with commas, too", dueOn: "2027-03-31" }),
    ]);
    const ics = actionCalendar(content, {
      schoolId: "s1",
      name: "Action plan: Oak",
      now: new Date("2026-12-03T10:00:00Z"),
    });
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("DTSTART;VALUE=DATE:20270201");
    expect(ics).toContain("DTSTART;VALUE=DATE:20270331");
    expect(ics).toContain("SUMMARY:Train every governor in wellbeing");
    expect(ics).toContain("SUMMARY:Termly check\\; with commas\\, too");
    expect(ics).not.toContain("Dropped one");
    expect(ics).toContain("UID:action-s1-a1@harbour");
  });

  it("keeps each action's UID whatever its position, dates or words (a calendar updates, never duplicates)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (keys, title) => {
          const before = dueEvents(plan(keys.map((key) => action({ key }))), "s1");
          const after = dueEvents(
            plan([...keys].reverse().map((key) => action({ key, title, dueOn: "2027-07-01" }))),
            "s1",
          );
          const uid = (es: typeof before) => es.map((e) => e.uid).sort();
          expect(uid(after)).toEqual(uid(before));
          expect(new Set(uid(before)).size).toBe(keys.length);
          expect(after.every((e) => e.summary === title)).toBe(true);
        },
      ),
    );
  });

  it("names the school in every UID, so two schools' events never collide", () => {
    const [a] = dueEvents(plan([action()]), "school-a");
    const [b] = dueEvents(plan([action()]), "school-b");
    expect(a!.uid).not.toBe(b!.uid);
  });
});

describe("the governors' documents", () => {
  it("puts each principle with objectives in a section, and RAG in words with whether it was set by hand", () => {
    const doc = planDocument({
      schoolName: "Oak School",
      version: { number: 2, status: "VALIDATED", decidedAt: new Date("2026-11-30T12:00:00Z") },
      content: plan([action(), action({ key: "a2", title: "Second" })]),
      rag: { a1: amber, a2: byHand },
      madeOn: new Date("2026-12-03T12:00:00Z"),
    });
    expect(doc.sections.map((s) => s.heading)).toEqual(["Leadership and management"]);
    const text = documentText(doc);
    expect(text).toContain("Version 2: Validated on 30 November 2026.");
    expect(text).toContain("RAG: Amber (Due soon and not started)");
    expect(text).toContain("RAG: Red, set by hand: Budget cut");
    expect(text).toContain("Cost: £120.50");
    expect(text).toContain("Due: 1 February 2027");
  });

  it("leaves RAG out for a reviewer outside the school, and says when the plan has not started", () => {
    const forReviewer = planDocument({
      schoolName: "Oak",
      version: { number: 1, status: "SUBMITTED" },
      content: plan([action()]),
      madeOn: new Date(),
    });
    expect(documentText(forReviewer).some((l) => l.startsWith("RAG"))).toBe(false);
    const none = planDocument({ schoolName: "Oak", version: null, content: [], madeOn: new Date() });
    expect(none.empty).toMatch(/has not started/);
  });

  it("gives every principle of the review its score in words and each statement's agreed level", () => {
    const doc = reviewDocument({
      schoolName: "Oak",
      latest: {
        agreedAt: new Date("2026-11-20T12:00:00Z"),
        statements: [{ statementKey: "leadership.1", level: 2, evidence: "Timetabled" }],
      },
      madeOn: new Date("2026-12-03T12:00:00Z"),
    });
    expect(doc.sections).toHaveLength(8);
    const text = documentText(doc);
    expect(text).toContain("Agreed level: 2 Established");
    expect(text).toContain("Evidence: Timetabled");
    expect(text.filter((l) => l === "Agreed level: Not agreed").length).toBeGreaterThan(0);
  });
});

describe("the PDF", () => {
  const doc = planDocument({
    schoolName: "Oak School",
    version: { number: 1, status: "DRAFT" },
    content: [
      ...plan([action(), action({ key: "a2", title: "Weekly wellbeing drop-in — “café” £0" })]),
      {
        key: "o2",
        principleKey: "ethos",
        title: "Calm corridors",
        actions: [action({ key: "a3", title: "Map the quiet spaces" })],
      },
    ],
    rag: { a1: amber },
    madeOn: new Date("2026-12-03T12:00:00Z"),
  });

  it("reads back as the plan's text, actions and all, with each principle on its own page", async () => {
    const bytes = await renderPdf(doc);
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBe(2);
    const { text } = await extractText(pdf, { mergePages: true });
    for (const t of [
      "Train every governor in wellbeing",
      "Weekly wellbeing drop-in — “café” £0",
      "Map the quiet spaces",
      "RAG: Amber",
    ])
      expect(text).toContain(t);
  });

  it("embeds its fonts (no standard 14 font), is tagged, and has its title and language", async () => {
    const raw = (await renderPdf(doc)).toString("latin1");
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw)?.[1];
    expect(raw).toMatch(new RegExp(`\\n${markInfo} 0 obj\\s*<<\\s*/Marked true`));
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/Lang \(en-GB\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(raw, "latin1")));
    const tree = await (await pdf.getPage(1)).getStructTree();
    const tags = JSON.stringify(tree);
    for (const tag of ["H1", "H2", "H3", "P", "L", "LI"]) expect(tags).toContain(`"role":"${tag}"`);
  });
});
