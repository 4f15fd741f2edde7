// The thread a plan is solved in (see ./solver-pool). It only wraps the pure planner: one message in
// (the planner's input), one message out (the plan, or the error's text). No database, no Next.js.
import { parentPort } from "node:worker_threads";
import { planTraining, type PlanInput } from "../planner";

type Request = { id: number; input: PlanInput };

parentPort?.on("message", async ({ id, input }: Request) => {
  try {
    const plan = await planTraining(input);
    parentPort!.postMessage({ id, ok: true, plan });
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
