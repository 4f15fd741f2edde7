// Benchmark for the training-plan optimiser: a 120-person school and a 1,000-person college built
// from the default framework and starter catalogue, with seeded random ratings (./planner-fixtures).
// Run: npx tsx scripts/bench-planner.ts
import { performance } from "node:perf_hooks";
import { planTraining, planTrainingGreedy, type PlanInput, type Plan } from "../lib/planner";
import {
  COLLEGE_LIMITS,
  COLLEGE_MIX,
  COLLEGE_SEED,
  planInput,
  SCHOOL_LIMITS,
  SCHOOL_MIX,
  SCHOOL_SEED,
  staff,
  starterCourses,
} from "./planner-fixtures";

function report(label: string, ms: number, plan: Plan, units: number) {
  const pct = (x: number | null) => (x === null ? "unknown" : `${(x * 100).toFixed(3)}%`);
  const t = plan.pointsByTier;
  console.log(
    [
      label.padEnd(34),
      `${units} units`.padEnd(10),
      `${ms.toFixed(0).padStart(6)} ms`,
      plan.method.padEnd(9),
      `gap ${pct(plan.optimalityGap)}`.padEnd(16),
      `cost £${(plan.totals.costPence / 100).toFixed(2)} / £${(plan.totals.budgetPence / 100).toFixed(0)}`.padEnd(
        24,
      ),
      `points Core ${t[1]}, Enhanced ${t[2]}, Specialist ${t[3]} (${plan.totals.pointsClosed} of ${plan.need.before.points})`,
      `(${plan.totals.peopleTrained} people, ${plan.totals.sessionsUsed} sessions)`,
    ].join("  "),
  );
  if (plan.method === "heuristic") console.log(" ".repeat(36), plan.optimalityNote);
}

async function run(label: string, data: PlanInput, alsoGreedy = true) {
  let t = performance.now();
  const plan = await planTraining(data);
  report(`${label}: auto`, performance.now() - t, plan, data.units.length);
  if (!alsoGreedy) return;
  t = performance.now();
  const greedy = planTrainingGreedy(data);
  report(`${label}: greedy only`, performance.now() - t, greedy, data.units.length);
}

const school = staff(SCHOOL_MIX, SCHOOL_SEED);
const college = staff(COLLEGE_MIX, COLLEGE_SEED);
console.log(
  `school ${school.length} people, college ${college.length} people, ${starterCourses.length} courses`,
);
await run("school (named)", planInput(school, SCHOOL_LIMITS, false));
await run("school (confidential buckets)", planInput(school, SCHOOL_LIMITS, true));
await run(
  "school (named), weighted 100/10/1",
  { ...planInput(school, SCHOOL_LIMITS, false), order: "weighted" },
  false,
);
await run("college (named)", planInput(college, COLLEGE_LIMITS, false));
await run("college (confidential buckets)", planInput(college, COLLEGE_LIMITS, true));
