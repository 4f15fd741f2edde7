import "server-only";
// On a Postgres server the jobs run from a real queue, pg-boss (decision 0020): its cron schedule
// puts one job per tick on the queue however many app instances are running, and each job is
// fetched by one worker (SKIP LOCKED). The reminders themselves do not rely on this: each is also
// claimed by a unique row before sending (lib/reminders/deliver.ts).
import PgBoss from "pg-boss";
import { logError } from "../log";
import { JOBS, runJob } from "./definitions";

export type Queue = { boss: PgBoss; stop: () => Promise<void> };

/**
 * Starts a queue worker for every job. `url` is an owner connection: pg-boss keeps its own tables
 * in the `pgboss` schema and creates them on first start. Job data carries no school data (only a
 * job name); the handlers read schools through the app's own role under row-level security.
 */
export async function startQueue(
  url: string,
  opts: { schedule?: boolean; pollingIntervalSeconds?: number } = {},
): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: "pgboss",
    application_name: "harbour-jobs",
    max: 4,
  });
  boss.on("error", (error) => logError(error, "job queue"));
  await boss.start();
  for (const job of JOBS) {
    // "stately": at most one waiting and one running per job, so a slow run never piles up ticks.
    await boss.createQueue(job.name, {
      name: job.name,
      policy: "stately",
      retryLimit: 2,
      expireInSeconds: 15 * 60,
    });
    if (opts.schedule !== false) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/London" });
    await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 10 }, async () => {
      await runJob(job);
    });
  }
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}
