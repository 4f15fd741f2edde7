import "server-only";
// Starts the jobs once per server process: from a Postgres queue on a server, on a timer when
// embedded. Called from instrumentation.ts when the Next.js server starts.
import { getConfig } from "../config";
import { logError } from "../log";
import { startQueue, type Queue } from "./queue";
import { startTimers } from "./timer";

const holder = globalThis as unknown as { harbourJobs?: Promise<void>; harbourQueue?: Queue };

/** The queue this process started, if any (for the health page). */
export const runningQueue = () => holder.harbourQueue;

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
  if (database.kind === "server") holder.harbourQueue = await startQueue(database.migrationUrl);
  else startTimers();
}
