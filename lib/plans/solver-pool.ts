// Plans are solved off the main thread, so no request of any school waits on another school's plan.
// A few worker threads (config: planner.concurrency) each solve one plan at a time; a short queue
// (planner.queue) holds the next ones; beyond that the caller is told at once that Harbour is busy.
// Decision record 0010. A thread is retired after each plan and a fresh one takes the next: HiGHS's
// WebAssembly memory only ever grows, and a long-lived thread kept 20-70 MiB more after each large
// plan (decision 0039; measured by scripts/bench-planner-memory.ts).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { getConfig } from "../config";
import { UserError } from "../errors";
import type { Plan, PlanInput } from "../planner";

export const BUSY_MESSAGE = "Harbour is busy making other plans; try again in a moment.";

type Job = { input: PlanInput; resolve: (plan: Plan) => void; reject: (error: Error) => void };
type Slot = { worker: Worker; job: Job | null; viaTsx: boolean };
type Reply = { id: number; ok: true; plan: Plan } | { id: number; ok: false; error: string };

/**
 * The production build (Turbopack) bundles the worker from the `new Worker(new URL(...))` pattern
 * into plain JavaScript. Unbundled (tests, scripts), the entry is TypeScript that Node cannot load:
 * the first spawn fails with ERR_UNKNOWN_FILE_EXTENSION and later ones go through tsx instead.
 */
let needsTsx = false;
function spawn(): Worker {
  if (!needsTsx) return new Worker(new URL("./solver-worker.ts", import.meta.url));
  // Built from pieces so that the bundler does not treat it as a second worker entry.
  const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), ["solver", "worker.ts"].join("-"));
  const href = JSON.stringify(new URL(`file://${entry}`).href);
  return new Worker(`import("tsx/esm/api").then(({ tsImport }) => tsImport(${href}, ${href}))`, {
    eval: true,
  });
}

export class SolverPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  /** Solves on a worker thread; throws a "busy" UserError at once when every thread and queue place is taken. */
  solve(input: PlanInput): Promise<Plan> {
    const running = this.slots.filter((s) => s.job).length;
    if (running >= this.concurrency && this.queue.length >= this.queueLimit) {
      return Promise.reject(new UserError(BUSY_MESSAGE, "busy"));
    }
    return new Promise<Plan>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  /** Plans being solved and waiting, for tests and health pages. */
  load() {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length };
  }

  /** Stops every thread (tests); jobs in flight fail. */
  async close() {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump() {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= this.concurrency) return;
        slot = this.start();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: this.nextId++, input: job.input });
    }
  }

  private start(): Slot {
    const viaTsx = needsTsx;
    const worker = spawn();
    const slot: Slot = { worker, job: null, viaTsx };
    worker.unref(); // an idle pool never keeps the process alive
    worker.on("message", (reply: Reply) => {
      const job = slot.job;
      slot.job = null;
      if (job) {
        if (reply.ok) job.resolve(reply.plan);
        else job.reject(new Error(`The planner failed: ${reply.error}`));
      }
      // Retire the thread (its memory goes with it); the next job starts a fresh one.
      this.slots = this.slots.filter((s) => s !== slot);
      void worker.terminate();
      this.pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const retry = error.code === "ERR_UNKNOWN_FILE_EXTENSION" && !slot.viaTsx;
      if (retry) needsTsx = true;
      else slot.job?.reject(error);
      this.replace(slot, retry ? slot.job : null);
    });
    worker.on("exit", () => this.replace(slot, null));
    this.slots.push(slot);
    return slot;
  }

  /** A thread that failed or stopped is dropped; its job is re-queued first (only after a loader retry). */
  private replace(slot: Slot, retry: Job | null) {
    if (!this.slots.includes(slot)) return;
    this.slots = this.slots.filter((s) => s !== slot);
    slot.job = null;
    if (retry) this.queue.unshift(retry);
    this.pump();
  }
}

let shared: SolverPool | undefined;

/** The process's one pool, sized from the configuration on first use. */
export function solverPool(): SolverPool {
  const { planner } = getConfig();
  shared ??= new SolverPool(planner.concurrency, planner.queue);
  return shared;
}
