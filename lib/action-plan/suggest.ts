// Suggestions for the action plan, drafted from the school's own data. Pure: plain inputs, no
// database. Each suggestion has a stable key, so a rejected one (stored by key) never comes back,
// and an accepted one (an action carries its key) is not offered twice.
import { PRINCIPLE_KEYS, principleOf, type PrincipleKey, type ReviewLevel } from "../review/principles";
import type { Measure } from "./rag";

export type SuggestionSource = "review" | "competency" | "unmet" | "barrier" | "lead";

export type Suggestion = {
  key: string;
  source: SuggestionSource;
  principleKey: PrincipleKey;
  title: string;
  why: string;
  successMeasure: string;
  competencyCodes: string[];
  measure: Measure | null;
};

export type SuggestionInputs = {
  /** The latest round's published competency figures (withheld rows left out by the caller). */
  competencyGaps: { code: string; statement: string; withGap: number; needRate: number | null }[];
  /** The newest training plan's unmet needs, summed per competency. */
  unmetNeeds: { code: string; statement: string; people: number }[];
  /** Barriers staff named, as published (a count withheld is left out by the caller). */
  barriers: { key: string; label: string; count: number }[];
  /** From the whole-school review, when it exists: its lowest-rated statements. */
  reviewLowest?: { statementKey: string; level: ReviewLevel }[];
  /** From the lead's own development, when it exists. */
  leadGaps?: { areaKey: string; areaTitle: string; gap: number }[];
  /** Keys already rejected, or already accepted into the plan. */
  settled: ReadonlySet<string>;
};

const PER_SOURCE = 3;

const principleKeyOf = (statementKey: string) => statementKey.split(".")[0] ?? "";
const isPrinciple = (key: string): key is PrincipleKey => (PRINCIPLE_KEYS as string[]).includes(key);

function fromReview(rows: SuggestionInputs["reviewLowest"] = []): Suggestion[] {
  return rows
    .filter((r) => r.level <= 1 && isPrinciple(principleKeyOf(r.statementKey)))
    .sort((a, b) => a.level - b.level || a.statementKey.localeCompare(b.statementKey))
    .flatMap((r) => {
      const principle = principleOf(principleKeyOf(r.statementKey) as PrincipleKey);
      const statement = principle.statements.find((s) => s.key === r.statementKey);
      if (!statement) return [];
      return [
        {
          key: `review:${r.statementKey}`,
          source: "review" as const,
          principleKey: principle.key,
          title: `Work towards: ${statement.text}`,
          why: `Rated ${r.level === 0 ? "Not started" : "Emerging"} in the whole-school review.`,
          successMeasure: `Rated Established or better at the next review.`,
          competencyCodes: [],
          measure: { kind: "review-done" as const },
        },
      ];
    });
}

function fromCompetencies(rows: SuggestionInputs["competencyGaps"]): Suggestion[] {
  return rows
    .filter((r) => r.withGap > 0)
    .sort((a, b) => b.withGap - a.withGap || a.code.localeCompare(b.code))
    .map((r) => ({
      key: `competency:${r.code}`,
      source: "competency" as const,
      principleKey: "staff-development" as const,
      title: `Build confidence: ${r.statement}`,
      why: `${r.withGap} staff rated themselves below the target in the latest round.`,
      successMeasure: "Fewer staff below the target in the next round.",
      competencyCodes: [r.code],
      measure: null,
    }));
}

function fromUnmet(rows: SuggestionInputs["unmetNeeds"]): Suggestion[] {
  return rows
    .filter((r) => r.people > 0)
    .sort((a, b) => b.people - a.people || a.code.localeCompare(b.code))
    .map((r) => ({
      key: `unmet:${r.code}`,
      source: "unmet" as const,
      principleKey: "staff-development" as const,
      title: `Find training the plan could not fit: ${r.statement}`,
      why: `The training plan leaves ${r.people} ${r.people === 1 ? "person" : "people"} with this need.`,
      successMeasure: "A training plan approved that meets this need.",
      competencyCodes: [r.code],
      measure: { kind: "plan-approved" as const },
    }));
}

function fromBarriers(rows: SuggestionInputs["barriers"]): Suggestion[] {
  return rows
    .filter((r) => r.count > 0 && r.key !== "OTHER")
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .map((r) => ({
      key: `barrier:${r.key}`,
      source: "barrier" as const,
      principleKey: r.key === "LEADERSHIP_SUPPORT" ? ("leadership" as const) : ("staff-development" as const),
      title: `Reduce a barrier to training staff named: ${r.label.toLowerCase()}`,
      why: `${r.count} staff named ${r.label.toLowerCase()} as a barrier to training.`,
      successMeasure: "Fewer staff name this barrier in the next round.",
      competencyCodes: [],
      measure: { kind: "round-response" as const, targetPercent: 80 },
    }));
}

function fromLead(rows: SuggestionInputs["leadGaps"] = []): Suggestion[] {
  return rows
    .filter((r) => r.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.areaKey.localeCompare(b.areaKey))
    .map((r) => ({
      key: `lead:${r.areaKey}`,
      source: "lead" as const,
      // The lead's learning areas mirror the principles; an area without one is leadership's.
      principleKey: isPrinciple(r.areaKey) ? r.areaKey : ("leadership" as const),
      title: `The lead's own development: ${r.areaTitle}`,
      why: `The senior mental health lead's self-assessment shows a gap here.`,
      successMeasure: "Specialist training in this area completed and recorded.",
      competencyCodes: [],
      measure: null,
    }));
}

/** At most three per source, the most pressing first, in the order: review, competencies, unmet needs, barriers, the lead. */
export function suggestActions(input: SuggestionInputs): Suggestion[] {
  const sources = [
    fromReview(input.reviewLowest),
    fromCompetencies(input.competencyGaps),
    fromUnmet(input.unmetNeeds),
    fromBarriers(input.barriers),
    fromLead(input.leadGaps),
  ];
  const seen = new Set(input.settled);
  return sources.flatMap((list) =>
    list.filter((s) => !seen.has(s.key) && Boolean(seen.add(s.key))).slice(0, PER_SOURCE),
  );
}
