// Memory across plans: solves the same plans one after another on the app's solver pool (worker
// threads, lib/plans/solver-pool) and prints the process's resident set size after each, so growth
// from one plan to the next shows. Run: npx tsx scripts/bench-planner-memory.ts [plans=6] [college|school]
import { performance } from "node:perf_hooks";
import { SolverPool } from "../lib/plans/solver-pool";
import {
  COLLEGE_LIMITS,
  COLLEGE_MIX,
  COLLEGE_SEED,
  planInput,
  SCHOOL_LIMITS,
  SCHOOL_MIX,
  SCHOOL_SEED,
  staff,
} from "./planner-fixtures";

const plans = Number(process.argv[2] ?? 6);
const which = process.argv[3] ?? "school";
const input =
  which === "college"
    ? planInput(staff(COLLEGE_MIX, COLLEGE_SEED), COLLEGE_LIMITS, false)
    : planInput(staff(SCHOOL_MIX, SCHOOL_SEED), SCHOOL_LIMITS, false);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
const pool = new SolverPool(1, 4);
const rss: number[] = [process.memoryUsage().rss];
console.log(`start: rss ${mib(rss[0]!)}`);
for (let i = 1; i <= plans; i++) {
  const t = performance.now();
  const plan = await pool.solve(input);
  const ms = performance.now() - t;
  // The pool retires the plan's thread after its reply: let its teardown finish before reading.
  await new Promise((r) => setTimeout(r, 1000));
  global.gc?.();
  const usage = process.memoryUsage();
  const now = usage.rss;
  rss.push(now);
  // Where the resident memory is: V8's heap, memory outside it (buffers, WebAssembly), and the rest
  // (native allocations, kept by the allocator after the worker threads that made them have gone).
  console.log(
    `plan ${i} (${which}, ${plan.method}, ${ms.toFixed(0)} ms): rss ${mib(now)} (${now >= rss[i - 1]! ? "+" : "-"}${mib(Math.abs(now - rss[i - 1]!))}); heap ${mib(usage.heapUsed)} of ${mib(usage.heapTotal)}, external ${mib(usage.external)}`,
  );
}
const steady = rss.slice(2);
const growth = (steady.at(-1)! - steady[0]!) / Math.max(1, steady.length - 1);
console.log(
  JSON.stringify({
    which,
    plans,
    startRss: rss[0],
    peakRss: Math.max(...rss),
    endRss: rss.at(-1),
    growthPerPlanAfterSecond: growth,
  }),
);
await pool.close();
