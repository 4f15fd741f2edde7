import "server-only";
// A small summary of the background jobs for the operator's instance-health page. It reads only
// tables without school data (JobRun, MailOutcome) and, on a server, the queue's own counts.
import { getConfig } from "../config";
import { getPrisma } from "../db/client";
import { JOBS, type JobName } from "./definitions";
import { runningMode, runningQueue } from "./start";

export type JobHealth = {
  /** How this process runs the jobs; "elsewhere" when another process (or none yet) runs them. */
  mode: "queue" | "timer" | "off" | "elsewhere";
  /** Jobs waiting in the queue (0 with the embedded timer; null when this process runs no queue). */
  queued: number | null;
  /** Runs started and not yet finished. */
  running: number;
  /** Runs that failed in the last 24 hours. */
  failedLast24h: number;
  /** The last run of each job, or null when it has not run yet. */
  lastRun: Record<JobName, { startedAt: Date; finishedAt: Date | null; ok: boolean | null } | null>;
  mail: { sentLast24h: number; failedLast24h: number };
};

const DAY_MS = 86_400_000;

export async function jobHealth(now = new Date()): Promise<JobHealth> {
  const { jobs } = getConfig();
  const prisma = await getPrisma();
  const since = new Date(now.getTime() - DAY_MS);
  const [running, failed, mail, queued, ...last] = await Promise.all([
    prisma.jobRun.count({ where: { finishedAt: null, startedAt: { gte: since } } }),
    prisma.jobRun.count({ where: { ok: false, startedAt: { gte: since } } }),
    prisma.mailOutcome.groupBy({ by: ["ok"], where: { at: { gte: since } }, _count: { _all: true } }),
    queuedJobs(),
    ...JOBS.map((j) =>
      prisma.jobRun.findFirst({
        where: { job: j.name },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true, finishedAt: true, ok: true },
      }),
    ),
  ]);
  const count = (ok: boolean) => mail.find((m) => m.ok === ok)?._count._all ?? 0;
  return {
    mode: !jobs.enabled ? "off" : (runningMode() ?? "elsewhere"),
    queued,
    running,
    failedLast24h: failed,
    lastRun: Object.fromEntries(JOBS.map((j, i) => [j.name, last[i] ?? null])) as JobHealth["lastRun"],
    mail: { sentLast24h: count(true), failedLast24h: count(false) },
  };
}

// Asked of the queue this process runs (pg-boss's tables belong to the migration role, not the app's).
async function queuedJobs(): Promise<number | null> {
  if (runningMode() === "timer") return 0;
  const queue = runningQueue();
  if (!queue) return null;
  const sizes = await Promise.all(JOBS.map((j) => queue.boss.getQueueSize(j.name)));
  return sizes.reduce((a, b) => a + b, 0);
}
