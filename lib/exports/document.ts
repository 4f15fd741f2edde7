// The governors' documents, as plain blocks: what the printable pages and the PDFs say, built once.
// Sections are the principles of a whole-school approach (each starts a new page when printed);
// RAG is always in words. Pure: no database, no clock (the date it was made is an input).
import { ACTION_STATUS_LABELS } from "../action-plan/schemas";
import type { RagResult } from "../action-plan/rag";
import type { VersionContent } from "../action-plan/store";
import { formatDate, formatMoney } from "../format";
import { PRINCIPLES, REVIEW_LEVELS, type ReviewLevel } from "../review/principles";
import { formatScore, principleScores } from "../review/scores";
import { ownerOf, ragWords } from "./rows";

export type Field = { label: string; value: string };
export type Item = { heading: string; fields: Field[] };
export type Group = { heading: string; items: Item[]; empty?: string };
export type Section = { heading: string; lead?: string; groups: Group[] };
export type GovernorDoc = { title: string; lead: string[]; sections: Section[]; empty?: string };

const VERSION_STATUS: Record<string, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Sent for validation",
  VALIDATED: "Validated",
  CHANGES_REQUESTED: "Changes asked for",
};

export type PlanDocInput = {
  schoolName: string;
  /** Null before the lead has started the plan. */
  version: { number: number; status: string; decidedAt?: Date | null } | null;
  content: VersionContent;
  /** Omitted for reviewers outside the school: Harbour's measures are the school's own figures. */
  rag?: Record<string, RagResult>;
  madeOn: Date;
};

function ragText(rag: RagResult | undefined): string {
  const r = ragWords(rag);
  if (!rag) return r.label;
  return r.byHand ? `${r.label}, set by hand: ${r.reason}` : `${r.label} (${r.reason})`;
}

/** The action plan, one section per principle that has objectives, in the principles' order. */
export function planDocument(input: PlanDocInput): GovernorDoc {
  const { content } = input;
  const sections: Section[] = PRINCIPLES.flatMap((p) => {
    const objectives = content.filter((o) => o.principleKey === p.key);
    if (objectives.length === 0) return [];
    return [
      {
        heading: p.title,
        lead: p.summary,
        groups: objectives.map((o) => ({
          heading: `Objective: ${o.title}`,
          empty: "No actions yet.",
          items: o.actions.map((a) => ({
            heading: a.title,
            fields: [
              { label: "Owner", value: ownerOf(a) },
              { label: "Start", value: formatDate(a.startOn) },
              { label: "Due", value: formatDate(a.dueOn) },
              { label: "Status", value: ACTION_STATUS_LABELS[a.status] },
              ...(input.rag ? [{ label: "RAG", value: ragText(input.rag[a.key]) }] : []),
              { label: "Success measure", value: a.successMeasure || "None given" },
              { label: "Resources", value: a.resources || "None" },
              { label: "Cost", value: formatMoney(Math.round(a.costPounds * 100)) },
              ...(a.competencyCodes.length > 0
                ? [{ label: "Competencies", value: a.competencyCodes.join(", ") }]
                : []),
            ],
          })),
        })),
      },
    ];
  });
  const actions = content.reduce((n, o) => n + o.actions.length, 0);
  const v = input.version;
  const made = `Made on ${formatDate(input.madeOn)}.`;
  if (!v)
    return {
      title: `Action plan: ${input.schoolName}`,
      lead: [made],
      sections: [],
      empty: "The senior mental health lead has not started the action plan yet.",
    };
  const status = VERSION_STATUS[v.status] ?? v.status;
  return {
    title: `Action plan: ${input.schoolName}`,
    lead: [
      `Version ${v.number}: ${status}${v.decidedAt ? ` on ${formatDate(v.decidedAt)}` : ""}.`,
      `${content.length} ${content.length === 1 ? "objective" : "objectives"} and ${actions} ${actions === 1 ? "action" : "actions"}. ${made}`,
    ],
    sections,
    empty: sections.length === 0 ? "The plan has no objectives yet." : undefined,
  };
}

export type ReviewDocInput = {
  schoolName: string;
  /** The latest agreed review, or null before one is agreed. */
  latest: {
    agreedAt: Date;
    statements: { statementKey: string; level: ReviewLevel; evidence: string }[];
  } | null;
  madeOn: Date;
};

/** The latest agreed review: each principle's score in words and each statement's agreed level. */
export function reviewDocument(input: ReviewDocInput): GovernorDoc {
  const title = `Whole-school review: ${input.schoolName}`;
  const { latest } = input;
  if (!latest)
    return {
      title,
      lead: [`Made on ${formatDate(input.madeOn)}.`],
      sections: [],
      empty: "No review has been agreed yet.",
    };
  const scores = principleScores(latest.statements);
  const agreed = new Map(latest.statements.map((s) => [s.statementKey, s]));
  return {
    title,
    lead: [
      `Agreed on ${formatDate(latest.agreedAt)}. Made on ${formatDate(input.madeOn)}.`,
      `Levels: ${REVIEW_LEVELS.map((l, i) => `${i} ${l}`).join(", ")}.`,
    ],
    sections: PRINCIPLES.map((p, i) => {
      const score = scores[i]!.score;
      return {
        heading: p.title,
        lead: `The school: ${score === null ? "not scored" : formatScore(score)}.`,
        groups: [
          {
            heading: "Statements",
            items: p.statements.map((s) => {
              const a = agreed.get(s.key);
              return {
                heading: s.text,
                fields: [
                  { label: "Agreed level", value: a ? `${a.level} ${REVIEW_LEVELS[a.level]}` : "Not agreed" },
                  ...(a?.evidence ? [{ label: "Evidence", value: a.evidence }] : []),
                ],
              };
            }),
          },
        ],
      };
    }),
  };
}

/** Every line of text a document holds, in reading order (what a screen reader or a copy reads). */
export function documentText(doc: GovernorDoc): string[] {
  return [
    doc.title,
    ...doc.lead,
    ...(doc.empty ? [doc.empty] : []),
    ...doc.sections.flatMap((s) => [
      s.heading,
      ...(s.lead ? [s.lead] : []),
      ...s.groups.flatMap((g) => [
        g.heading,
        ...(g.items.length === 0 && g.empty ? [g.empty] : []),
        ...g.items.flatMap((i) => [i.heading, ...i.fields.map((f) => `${f.label}: ${f.value}`)]),
      ]),
    ]),
  ];
}
