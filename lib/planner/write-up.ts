// Assembles the plan the caller sees from "who takes what". Pure: no database, no clock.
import { hoursOf, type Problem } from "./prepare";
import { buildItems } from "./items";
import { needBefore, needRemaining, unmetNeeds } from "./needs";
import { pointsByTier, type Solution } from "./solution";
import type { Plan } from "./types";

/** How the plan was found: `how` is turned into plain words here. */
export type Verdict = Pick<Plan, "method" | "optimalityGap"> & {
  optimalityNote: "nothing" | "proved" | "limit" | "asked" | "big" | "greedy";
};

const percent = (gap: number | null) => (gap === null ? null : `${Number((gap * 100).toPrecision(2))}%`);

/** In words for the lead: how good the plan is, and that it is repeatable. No solver names, no jargon. */
export function howFound(verdict: Verdict): string {
  const short = percent(verdict.optimalityGap);
  const same =
    "Harbour works to a fixed amount of calculation, not a time limit, so the same answers and limits always give this same plan.";
  const how = {
    nothing: "No course within your limits closes a gap, so there was nothing to choose.",
    proved: "This is the best plan your limits allow (checked to within 0.1%).",
    limit: `Harbour stopped at its fixed amount of calculation before it could prove this is the best plan${short ? `; it is at most ${short} short of the best possible` : ""}.`,
    asked: `This is a quick plan${short ? `, at most ${short} short of the best possible` : ""}.`,
    big: `With this many people Harbour makes a quick plan rather than checking every combination${short ? `; it is at most ${short} short of the best possible` : ""}.`,
    greedy: "This is a quick plan, not checked against the best possible.",
  }[verdict.optimalityNote];
  return `${how} ${same}`;
}

export function writePlan(problem: Problem, solution: Solution, verdict: Verdict, work: Plan["work"]): Plan {
  const items = buildItems(problem, solution);
  let maxHours = 0;
  let peopleTrained = 0;
  solution.cohorts.forEach((cs) =>
    cs.forEach((c) => {
      if (c.size === 0 || c.courses.length === 0) return;
      maxHours = Math.max(maxHours, hoursOf(problem, c.courses));
      peopleTrained += c.size;
    }),
  );
  return {
    method: verdict.method,
    optimalityGap: verdict.optimalityGap,
    optimalityNote: howFound(verdict),
    reason: items.length === 0 ? emptyReason(problem) : null,
    items,
    totals: {
      costPence: items.reduce((s, i) => s + i.costPence, 0),
      budgetPence: problem.budget,
      maxHoursPerPerson: maxHours,
      hoursLimit: problem.hoursLimit,
      sessionsUsed: items.reduce((s, i) => s + (i.sessions ?? 0), 0),
      sessionsLimit: problem.sessionsLimit,
      peopleTrained,
      pointsClosed: items.reduce((s, i) => s + i.pointsClosed, 0),
      valueClosed: items.reduce((s, i) => s + i.valueClosed, 0),
    },
    need: { before: needBefore(problem), remaining: needRemaining(problem, solution) },
    unmet: unmetNeeds(problem, solution),
    order: problem.order,
    weights: problem.weights,
    pointsByTier: pointsByTier(problem, solution),
    work,
  };
}

function emptyReason(problem: Problem): string {
  const needs = problem.units.filter((u) => u.needs.length > 0);
  if (problem.units.length === 0)
    return "There is no one to plan for: no one has submitted a self-assessment yet.";
  if (needs.length === 0)
    return "No one has a gap to close: every in-scope rating is at or above its target.";
  if (problem.courses.length === 0) return "The catalogue has no courses to choose from.";
  if (needs.every((u) => u.needs.every((n) => n.closedBy.size === 0))) {
    return "No course in the catalogue reaches a level that would close any of these gaps.";
  }
  if (needs.every((u) => u.useful.length === 0)) {
    return "No course that would close a gap fits the limits: check the budget, the hours per person and the in-school sessions allowed.";
  }
  return "No booking adds value with the current tier weights.";
}
