import "server-only";
// The embedded mode (PGlite) is one process on one connection, so there is no queue to share: the
// same job handlers run in-process on a timer. One run of a job at a time; a run that overlaps the
// next tick makes that tick skip.
import { logError } from "../log";
import { JOBS, runJob } from "./definitions";

/** The first runs start this long after the server does, so start-up is not slowed. */
const FIRST_RUN_MS = 30_000;

export function startTimers(opts: { firstRunMs?: number } = {}): { stop: () => void } {
  const timers: NodeJS.Timeout[] = [];
  for (const job of JOBS) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await runJob(job);
      } catch (error) {
        logError(error, `job ${job.name}`);
      } finally {
        running = false;
      }
    };
    const first = setTimeout(() => {
      void tick();
      const every = setInterval(() => void tick(), job.everyMinutes * 60_000);
      every.unref();
      timers.push(every);
    }, opts.firstRunMs ?? FIRST_RUN_MS);
    first.unref();
    timers.push(first);
  }
  return { stop: () => timers.forEach((t) => clearTimeout(t)) };
}
