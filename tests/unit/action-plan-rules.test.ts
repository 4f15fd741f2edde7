// The action plan's pure cores: suggestions from data, the RAG that updates itself, and the
// differences between versions.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ragFor, type MeasureFacts, type RagInput } from "@/lib/action-plan/rag";
import { suggestActions, type SuggestionInputs } from "@/lib/action-plan/suggest";
import { diffPlans } from "@/lib/action-plan/diff";
import { actionSchema, type ActionInput } from "@/lib/action-plan/schemas";

const facts: MeasureFacts = {
  coreTrainedShare: 0.5,
  responseRate: 0.9,
  planApproved: false,
  reviewDoneThisTerm: null,
};
const base: RagInput = {
  status: "IN_PROGRESS",
  startOn: "2026-09-01",
  dueOn: "2026-12-31",
  measure: null,
  override: null,
};

describe("automatic RAG", () => {
  it("is red when overdue and not done, green when done, and none when dropped", () => {
    expect(ragFor(base, facts, "2027-01-05").rag).toBe("RED");
    expect(ragFor({ ...base, status: "DONE" }, facts, "2027-01-05").rag).toBe("GREEN");
    expect(ragFor({ ...base, status: "DROPPED" }, facts, "2027-01-05")).toMatchObject({
      rag: null,
      source: "dropped",
    });
  });

  it("follows the measure against the time used", () => {
    const core = { ...base, measure: { kind: "core-training" as const, targetPercent: 90 } };
    // 50% of a 90% target is 56% of the way; half the time used (mid-November) is on track.
    expect(ragFor(core, facts, "2026-10-15").rag).toBe("GREEN");
    expect(ragFor(core, facts, "2026-12-20").rag).toBe("AMBER");
    expect(ragFor(core, { ...facts, coreTrainedShare: 0.1 }, "2026-12-20").rag).toBe("RED");
    expect(ragFor(core, { ...facts, coreTrainedShare: 0.95 }, "2027-02-01")).toMatchObject({
      rag: "GREEN",
      source: "measure",
    });
    const plan = { ...base, measure: { kind: "plan-approved" as const } };
    expect(ragFor(plan, { ...facts, planApproved: true }, "2026-10-01").rag).toBe("GREEN");
  });

  it("leaves an unmeasured action to the lead unless it is due soon and not started", () => {
    expect(ragFor(base, facts, "2026-10-01")).toMatchObject({ rag: null, source: "manual" });
    expect(ragFor({ ...base, status: "NOT_STARTED" }, facts, "2026-12-20").rag).toBe("AMBER");
    // No review data yet: the review measure cannot be judged, so it is manual too.
    const review = { ...base, measure: { kind: "review-done" as const } };
    expect(ragFor(review, facts, "2026-10-01").source).toBe("manual");
  });

  const day = fc
    .integer({ min: 0, max: 900 })
    .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
  const input = fc.record({
    status: fc.constantFrom("NOT_STARTED", "IN_PROGRESS", "DONE", "DROPPED" as const),
    startOn: day,
    dueOn: day,
    measure: fc.option(
      fc.oneof(
        fc.record({
          kind: fc.constant("core-training" as const),
          targetPercent: fc.integer({ min: 1, max: 100 }),
        }),
        fc.record({
          kind: fc.constant("round-response" as const),
          targetPercent: fc.integer({ min: 1, max: 100 }),
        }),
        fc.constant({ kind: "plan-approved" as const }),
        fc.constant({ kind: "review-done" as const }),
      ),
    ),
    override: fc.option(
      fc.record({
        rag: fc.constantFrom("RED", "AMBER", "GREEN" as const),
        note: fc.string({ minLength: 1 }),
      }),
    ),
  });
  const anyFacts = fc.record({
    coreTrainedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    responseRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    planApproved: fc.boolean(),
    reviewDoneThisTerm: fc.option(fc.boolean()),
  });

  it("never shows a done action as red unless someone set it by hand", () => {
    fc.assert(
      fc.property(input, anyFacts, day, (i, f, today) => {
        const r = ragFor({ ...i, status: "DONE", override: null }, f, today);
        expect(r.rag).toBe("GREEN");
      }),
    );
  });

  it("lets an override always win, and always carry its note", () => {
    fc.assert(
      fc.property(input, anyFacts, day, (i, f, today) => {
        const r = ragFor(i, f, today);
        if (i.override)
          expect(r).toMatchObject({ rag: i.override.rag, source: "override", note: i.override.note });
        else expect(r.source).not.toBe("override");
      }),
    );
  });

  it("makes every overdue action that is neither done, dropped, met nor overridden red", () => {
    fc.assert(
      fc.property(input, anyFacts, day, (i, f, today) => {
        const r = ragFor(i, f, today);
        if (
          today > i.dueOn &&
          !i.override &&
          i.status !== "DONE" &&
          i.status !== "DROPPED" &&
          r.source !== "measure"
        )
          expect(r.rag).toBe("RED");
      }),
    );
  });
});

const empty: SuggestionInputs = { competencyGaps: [], unmetNeeds: [], barriers: [], settled: new Set() };

describe("suggestions drafted from data", () => {
  const inputs: SuggestionInputs = {
    competencyGaps: [
      { code: "C1", statement: "Spot early signs", withGap: 4, needRate: 0.4 },
      { code: "C2", statement: "Listen well", withGap: 9, needRate: 0.9 },
      { code: "C3", statement: "No gap", withGap: 0, needRate: 0 },
    ],
    unmetNeeds: [{ code: "C2", statement: "Listen well", people: 3 }],
    barriers: [
      { key: "TIME", label: "Time", count: 7 },
      { key: "LEADERSHIP_SUPPORT", label: "Leadership support", count: 5 },
    ],
    reviewLowest: [
      { statementKey: "ethos.2", level: 1 },
      { statementKey: "leadership.1", level: 0 },
      { statementKey: "ethos.3", level: 2 },
    ],
    leadGaps: [
      { areaKey: "student-voice", areaTitle: "Student voice", gap: 2 },
      { areaKey: "mandatory-roles", areaTitle: "Mandatory roles", gap: 1 },
    ],
    settled: new Set(),
  };

  it("puts the lowest-rated statements first, then the largest gaps, unmet needs, barriers and the lead's gaps", () => {
    const keys = suggestActions(inputs).map((s) => s.key);
    expect(keys).toEqual([
      "review:leadership.1",
      "review:ethos.2",
      "competency:C2",
      "competency:C1",
      "unmet:C2",
      "barrier:TIME",
      "barrier:LEADERSHIP_SUPPORT",
      "lead:student-voice",
      "lead:mandatory-roles",
    ]);
  });

  it("files each under a principle and links competencies and measures", () => {
    const byKey = new Map(suggestActions(inputs).map((s) => [s.key, s]));
    expect(byKey.get("review:ethos.2")).toMatchObject({
      principleKey: "ethos",
      measure: { kind: "review-done" },
    });
    expect(byKey.get("competency:C2")).toMatchObject({
      principleKey: "staff-development",
      competencyCodes: ["C2"],
    });
    expect(byKey.get("barrier:LEADERSHIP_SUPPORT")?.principleKey).toBe("leadership");
    expect(byKey.get("lead:student-voice")?.principleKey).toBe("student-voice");
    expect(byKey.get("lead:mandatory-roles")?.principleKey).toBe("leadership");
  });

  it("never offers a settled (rejected or accepted) suggestion again, whatever the data", () => {
    const gap = fc.record({
      code: fc.constantFrom("A", "B", "C", "D"),
      statement: fc.string(),
      withGap: fc.nat(30),
      needRate: fc.constant(0.5),
    });
    fc.assert(
      fc.property(
        fc.array(gap),
        fc.subarray(["competency:A", "competency:B", "competency:C", "competency:D"]),
        (gaps, settled) => {
          const out = suggestActions({ ...empty, competencyGaps: gaps, settled: new Set(settled) });
          for (const s of out) expect(settled).not.toContain(s.key);
          expect(new Set(out.map((s) => s.key)).size).toBe(out.length);
          expect(out.length).toBeLessThanOrEqual(3);
        },
      ),
    );
  });

  it("works with no review and no lead data (the sources that exist today)", () => {
    expect(suggestActions({ ...inputs, reviewLowest: undefined, leadGaps: undefined })[0]?.key).toBe(
      "competency:C2",
    );
    expect(suggestActions(empty)).toEqual([]);
  });
});

const action = (over: Partial<ActionInput> = {}): ActionInput => ({
  key: "a1",
  title: "Run a staff briefing",
  ownerId: "p1",
  startOn: "2026-09-01",
  dueOn: "2026-10-01",
  status: "NOT_STARTED",
  measure: null,
  ragOverride: null,
  ragNote: "",
  successMeasure: "Everyone attends",
  resources: "",
  costPounds: 0,
  competencyCodes: [],
  suggestionKey: null,
  ...over,
});

describe("differences between versions", () => {
  const v1 = {
    objectives: [{ key: "o1", principleKey: "ethos" as const, title: "Calm corridors", actions: [action()] }],
  };

  it("matches by key and says what changed in words", () => {
    const v2 = {
      objectives: [
        {
          ...v1.objectives[0]!,
          actions: [
            action({ ownerId: "p2", costPounds: 12.5, status: "IN_PROGRESS" }),
            action({ key: "a2", title: "New" }),
          ],
        },
        { key: "o2", principleKey: "leadership" as const, title: "Governor link", actions: [] },
      ],
    };
    const names = (id: string | null) => ({ p1: "Ann", p2: "Bob" })[id as "p1"] ?? "No one";
    expect(diffPlans(v1, v2, names)).toEqual([
      {
        kind: "changed",
        what: "action",
        itemKey: "a1",
        title: "Run a staff briefing",
        fields: [
          { field: "Owner", before: "Ann", after: "Bob" },
          { field: "Status", before: "Not started", after: "In progress" },
          { field: "Cost", before: "£0", after: "£12.50" },
        ],
      },
      { kind: "added", what: "action", itemKey: "a2", title: "New" },
      { kind: "added", what: "objective", itemKey: "o2", title: "Governor link" },
    ]);
    expect(
      diffPlans(v2, v1, names)
        .filter((c) => c.kind === "removed")
        .map((c) => c.itemKey),
    ).toEqual(["a2", "o2"]);
  });

  it("finds nothing between a version and itself", () => {
    expect(diffPlans(v1, v1)).toEqual([]);
  });
});

describe("the action form's rules", () => {
  it("refuses a due date before the start, and a hand-set RAG without a note, beside the field", () => {
    const bad = actionSchema.safeParse({
      ...action({ dueOn: "2026-08-01", ragOverride: "RED", ragNote: "" }),
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["dueOn", "ragNote"]));
  });
});
