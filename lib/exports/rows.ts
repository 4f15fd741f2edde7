// What the action plan's exports say about each action, in words: the CSV's rows and the calendar's
// events. Pure: no database, no clock (the time stamp is an input). Shared by the one-off .ics
// download and the subscribable feed, so both say the same.
import ical from "ical-generator";
import { ACTION_STATUS_LABELS, RAG_LABELS } from "../action-plan/schemas";
import type { RagResult } from "../action-plan/rag";
import type { VersionContent } from "../action-plan/store";
import { toCsv, type CsvValue } from "../csv";
import { principleOf } from "../review/principles";

export const ACTION_CSV_HEADER = [
  "principle",
  "objective",
  "action",
  "owner",
  "start",
  "due",
  "status",
  "rag",
  "rag_set_by_hand",
  "rag_reason",
  "success_measure",
  "resources",
  "cost_pounds",
  "competency_codes",
] as const;

type Action = VersionContent[number]["actions"][number];

/** The RAG in words, never colour alone: "Red", "Amber", "Green" or "No RAG", with why. */
export function ragWords(rag: RagResult | undefined): { label: string; byHand: boolean; reason: string } {
  if (!rag) return { label: "Not shown", byHand: false, reason: "" };
  const byHand = rag.source === "override";
  return {
    label: rag.rag ? RAG_LABELS[rag.rag] : "No RAG",
    byHand,
    reason: byHand ? (rag.note ?? "") : rag.reason,
  };
}

export const ownerOf = (a: Pick<Action, "ownerName">) => a.ownerName || "No owner";

/** One row per action, in plan order; cost keeps full precision (pounds, as the form has it). */
export function actionCsvRows(content: VersionContent, rag: Record<string, RagResult>): CsvValue[][] {
  return content.flatMap((o) =>
    o.actions.map((a) => {
      const r = ragWords(rag[a.key]);
      return [
        principleOf(o.principleKey).title,
        o.title,
        a.title,
        ownerOf(a),
        a.startOn,
        a.dueOn,
        ACTION_STATUS_LABELS[a.status],
        r.label,
        r.byHand ? "yes" : "no",
        r.reason,
        a.successMeasure,
        a.resources,
        a.costPounds,
        a.competencyCodes.join(" "),
      ];
    }),
  );
}

export function actionCsv(content: VersionContent, rag: Record<string, RagResult>): string {
  return toCsv(ACTION_CSV_HEADER, actionCsvRows(content, rag));
}

export type DueEvent = { uid: string; day: string; summary: string; description: string };

/**
 * One all-day event per action on its due date. Dropped actions are left out (nothing is due). The
 * UID is the action's key, which stays the same across saves and versions, so a calendar updates
 * the event rather than adding another.
 */
export function dueEvents(content: VersionContent, schoolId: string): DueEvent[] {
  return content.flatMap((o) =>
    o.actions
      .filter((a) => a.status !== "DROPPED")
      .map((a) => ({
        uid: `action-${schoolId}-${a.key}@harbour`,
        day: a.dueOn,
        summary: a.title,
        description: `Due: ${a.title}. Owner: ${ownerOf(a)}. Status: ${ACTION_STATUS_LABELS[a.status]}. Objective: ${o.title} (${principleOf(o.principleKey).title}). Success measure: ${a.successMeasure}`,
      })),
  );
}

/** The calendar text (RFC 5545, written and escaped by ical-generator). */
export function actionCalendar(
  content: VersionContent,
  opts: { schoolId: string; name: string; now: Date },
): string {
  const cal = ical({
    name: opts.name,
    prodId: { company: "Harbour", product: "Action plan", language: "EN" },
  });
  for (const e of dueEvents(content, opts.schoolId)) {
    cal.createEvent({
      id: e.uid,
      stamp: opts.now,
      start: new Date(`${e.day}T00:00:00Z`),
      allDay: true,
      summary: e.summary,
      description: e.description,
    });
  }
  return cal.toString();
}
