import "server-only";
// Starts the jobs once per server process: from a Postgres queue on a server, on a timer when
// embedded. Called from instrumentation.ts when the Next.js server starts.
import { getConfig } from "../config";
import { logError } from "../log";
import { startQueue, type Queue } from "./queue";
import { startTimers } from "./timer";

const holder = globalThis as unknown as {
  harbourJobs?: Promise<void>;
  harbourQueue?: Queue;
  harbourJobsMode?: "queue" | "timer";
};

/** The queue this process started, if any (for the health page). */
export const runningQueue = () => holder.harbourQueue;
/** How this process runs the jobs, once started: "queue", "timer", or undefined (not started here). */
export const runningMode = () => holder.harbourJobsMode;

export function startJobs(): Promise<void> {
  holder.harbourJobs ??= begin().catch((error) => {
    // The app still serves; the health page shows that no job has run.
    logError(error, "starting jobs");
  });
  return holder.harbourJobs;
}

async function begin(): Promise<void> {
  const { database, jobs } = getConfig();
  if (!jobs.enabled) return;
  if (database.kind === "embedded") {
    startTimers();
    holder.harbourJobsMode = "timer";
    return;
  }
  try {
    // pg-boss creates and upgrades its own schema, which needs the owner role (MIGRATION_DATABASE_URL).
    holder.harbourQueue = await startQueue(database.migrationUrl);
    holder.harbourJobsMode = "queue";
  } catch (error) {
    // Without the queue the timer still runs the same jobs; several instances doing so still never
    // send a reminder twice (each is claimed by a unique row), they only repeat the work of deciding.
    logError(error, "starting the job queue (running jobs on a timer instead)");
    startTimers();
    holder.harbourJobsMode = "timer";
  }
}
