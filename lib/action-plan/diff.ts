// The differences between two versions of an action plan, in words. Pure: objectives and actions
// are matched by their stable keys, so a renamed action is a change, not a removal and an addition.
import { formatMoney } from "../format";
import { principleOf, type PrincipleKey } from "../review/principles";
import { ACTION_STATUS_LABELS, RAG_LABELS, type ActionInput, type ObjectiveInput } from "./schemas";

export type PlanSnapshot = { objectives: ObjectiveInput[] };
export type Change =
  | { kind: "added" | "removed"; itemKey: string; what: "objective" | "action"; title: string }
  | { kind: "changed"; itemKey: string; what: "objective" | "action"; title: string; fields: FieldChange[] };
export type FieldChange = { field: string; before: string; after: string };

type Person = (id: string | null) => string;

const ACTION_FIELDS: { field: string; show: (a: ActionInput, name: Person) => string }[] = [
  { field: "What will be done", show: (a) => a.title },
  { field: "Owner", show: (a, name) => name(a.ownerId) },
  { field: "Start", show: (a) => a.startOn },
  { field: "Due", show: (a) => a.dueOn },
  { field: "Status", show: (a) => ACTION_STATUS_LABELS[a.status] },
  {
    field: "RAG set by hand",
    show: (a) => (a.ragOverride ? `${RAG_LABELS[a.ragOverride]}: ${a.ragNote}` : "No"),
  },
  { field: "Success measure", show: (a) => a.successMeasure },
  { field: "Resources", show: (a) => a.resources },
  { field: "Cost", show: (a) => formatMoney(Math.round(a.costPounds * 100)) },
  { field: "Competencies", show: (a) => [...a.competencyCodes].sort().join(", ") },
];

function fieldChanges<T>(
  before: T,
  after: T,
  fields: { field: string; show: (x: T, name: Person) => string }[],
  name: Person,
) {
  return fields.flatMap(({ field, show }) => {
    const [b, a] = [show(before, name), show(after, name)];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

const principle = (o: ObjectiveInput) => principleOf(o.principleKey as PrincipleKey).title;

/** Every change from `before` to `after`, objectives first, in the order of `after` then removals. */
export function diffPlans(
  before: PlanSnapshot,
  after: PlanSnapshot,
  name: Person = (id) => id ?? "No one",
): Change[] {
  const out: Change[] = [];
  const oldObjectives = new Map(before.objectives.map((o) => [o.key, o]));
  const oldActions = new Map(before.objectives.flatMap((o) => o.actions.map((a) => [a.key, a] as const)));
  const newActionKeys = new Set(after.objectives.flatMap((o) => o.actions.map((a) => a.key)));
  for (const o of after.objectives) {
    const was = oldObjectives.get(o.key);
    if (!was) out.push({ kind: "added", what: "objective", itemKey: o.key, title: o.title });
    else {
      const fields = fieldChanges(
        was,
        o,
        [
          { field: "Objective", show: (x) => x.title },
          { field: "Principle", show: principle },
        ],
        name,
      );
      if (fields.length)
        out.push({ kind: "changed", what: "objective", itemKey: o.key, title: o.title, fields });
    }
    for (const a of o.actions) {
      const old = oldActions.get(a.key);
      if (!old) out.push({ kind: "added", what: "action", itemKey: a.key, title: a.title });
      else {
        const fields = fieldChanges(old, a, ACTION_FIELDS, name);
        if (fields.length)
          out.push({ kind: "changed", what: "action", itemKey: a.key, title: a.title, fields });
      }
    }
  }
  const newObjectiveKeys = new Set(after.objectives.map((o) => o.key));
  for (const o of before.objectives) {
    if (!newObjectiveKeys.has(o.key))
      out.push({ kind: "removed", what: "objective", itemKey: o.key, title: o.title });
    for (const a of o.actions)
      if (!newActionKeys.has(a.key))
        out.push({ kind: "removed", what: "action", itemKey: a.key, title: a.title });
  }
  return out;
}
