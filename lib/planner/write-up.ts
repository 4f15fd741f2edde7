// Assembles the plan the caller sees from "who takes what". Pure: no database, no clock.
import { hoursOf, type Problem } from "./prepare";
import { buildItems } from "./items";
import { needBefore, needRemaining, unmetNeeds } from "./needs";
import type { Solution } from "./solution";
import type { Plan } from "./types";

export type Verdict = Pick<Plan, "method" | "optimalityGap" | "optimalityNote">;

export function writePlan(problem: Problem, solution: Solution, verdict: Verdict): Plan {
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
    ...verdict,
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
    weights: problem.weights,
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
