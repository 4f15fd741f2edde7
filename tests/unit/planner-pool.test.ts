// Plans are solved on worker threads: the main thread keeps answering while a plan is made, at most
// `concurrency` solve at once, a short queue waits, and beyond it the caller hears "busy" at once.
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../lib/errors";
import { BUSY_MESSAGE, SolverPool } from "../../lib/plans/solver-pool";
import { planTraining } from "../../lib/planner";
import { planInput, SCHOOL_MIX, staff } from "../../scripts/planner-fixtures";

const input = planInput(
  staff(SCHOOL_MIX, 11).slice(0, 40),
  { budgetPence: 150_000, hoursPerPersonPerYear: 6, inSchoolSessions: 2 },
  false,
);
const pool = new SolverPool(1, 1);
afterAll(() => pool.close());

describe("solver pool", () => {
  it("solves off the main thread, the same plan as in-process, and refuses a third plan at once as busy", async () => {
    let longestPause = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const first = pool.solve(input);
    const second = pool.solve(input);
    expect(pool.load()).toEqual({ running: 1, queued: 1 });
    const refused = await pool.solve(input).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect(refused).toMatchObject({ kind: "busy", message: BUSY_MESSAGE });
    const [a, b] = await Promise.all([first, second]);
    const elapsed = performance.now() - started;
    clearInterval(tick);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(await planTraining(input)));
    // The solves took seconds; the main thread never stalled for more than a fraction of that (on a
    // busy machine the scheduler alone can pause it for a few hundred ms; a solve on it would stall it
    // for the whole solve).
    expect(longestPause).toBeLessThan(Math.min(2_000, elapsed / 4));
    expect(pool.load()).toEqual({ running: 0, queued: 0 });
  }, 300_000);
});
