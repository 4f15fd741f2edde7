import "server-only";
// Every job Harbour runs by itself, and what each does. The same handlers run from the Postgres queue
// (pg-boss, on a server) and from the embedded mode's timer. Each reminder job walks the schools one
// at a time, each in its own transaction under that school's row-level-security scope.
import { getPrisma } from "../db/client";
import { logError } from "../log";
import { sweepSchool, type Candidate, type SweepResult } from "../reminders/deliver";
import { dueExpiryReminders, dueRenewalSummaries } from "../reminders/expiry-sweep";
import { dueRoundReminders } from "../reminders/round-sweep";
import { dueAccreditationRenewals } from "../accreditation/renewals";
import type { Tx } from "../db/scope";
import { runRetention } from "../privacy/retention-queries";
import { runPseudonymise } from "../privacy/pseudonymise";

export type JobName =
  | "round-reminders"
  | "expiry-reminders"
  | "renewal-reminders"
  | "accreditation-renewals"
  | "housekeeping"
  | "retention"
  | "pseudonymise";

export type JobDefinition = {
  name: JobName;
  /** How often the queue starts it (cron, server time); the embedded timer uses everyMinutes. */
  cron: string;
  everyMinutes: number;
  run: (now: Date) => Promise<SweepResult>;
};

/** Job runs and mail outcomes are kept this long for the health page, then deleted. */
export const KEEP_HEALTH_DAYS = 30;

type Decide = (tx: Tx, schoolId: string, now: Date) => Promise<Candidate[]>;

/** Every school in turn; one school's failure is logged and does not stop the others. */
async function eachSchool(decide: Decide, now: Date): Promise<SweepResult> {
  const prisma = await getPrisma();
  // School names and ids are a public register (readable without scope, see the RLS migration).
  const schools = await prisma.school.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const total: SweepResult = { claimed: 0, emailed: 0 };
  let failed: unknown = null;
  for (const { id } of schools) {
    try {
      const r = await sweepSchool(id, (tx) => decide(tx, id, now));
      total.claimed += r.claimed;
      total.emailed += r.emailed;
    } catch (error) {
      logError(error, `reminders for school ${id}`);
      failed = error;
    }
  }
  // Reported as a failed run (after the other schools had their turn), so the health page shows it.
  if (failed) throw failed;
  return total;
}

async function housekeeping(now: Date): Promise<SweepResult> {
  const prisma = await getPrisma();
  const before = new Date(now.getTime() - KEEP_HEALTH_DAYS * 86_400_000);
  await prisma.mailOutcome.deleteMany({ where: { at: { lt: before } } });
  await prisma.jobRun.deleteMany({ where: { startedAt: { lt: before } } });
  return { claimed: 0, emailed: 0 };
}

/** Individual responses of rounds that ended longer ago than each school keeps them (decision 0041). */
async function retention(now: Date): Promise<SweepResult> {
  const prisma = await getPrisma();
  const schools = await prisma.school.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return {
    claimed: await runRetention(
      schools.map((s) => s.id),
      now,
    ),
    emailed: 0,
  };
}

/** CONFIDENTIAL responses that still name their person get their keyed pseudonym (decision 0045). */
async function pseudonymise(): Promise<SweepResult> {
  const prisma = await getPrisma();
  const schools = await prisma.school.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return { claimed: await runPseudonymise(schools.map((s) => s.id)), emailed: 0 };
}

export const JOBS: readonly JobDefinition[] = [
  {
    name: "round-reminders",
    cron: "*/15 * * * *",
    everyMinutes: 15,
    run: (now) => eachSchool(dueRoundReminders, now),
  },
  {
    name: "expiry-reminders",
    cron: "5 * * * *",
    everyMinutes: 60,
    run: (now) => eachSchool(dueExpiryReminders, now),
  },
  {
    name: "renewal-reminders",
    cron: "10 * * * *",
    everyMinutes: 60,
    run: (now) => eachSchool(dueRenewalSummaries, now),
  },
  {
    name: "accreditation-renewals",
    cron: "15 6 * * *",
    everyMinutes: 24 * 60,
    run: (now) => eachSchool(dueAccreditationRenewals, now),
  },
  { name: "housekeeping", cron: "20 3 * * *", everyMinutes: 24 * 60, run: housekeeping },
  { name: "retention", cron: "40 2 * * *", everyMinutes: 24 * 60, run: retention },
  // CONFIDENTIAL responses from before decision 0045; after the first run there is nothing to do.
  { name: "pseudonymise", cron: "25 * * * *", everyMinutes: 60, run: pseudonymise },
];

/** Runs one job now and records the run (start, end, outcome) for the health page. */
export async function runJob(job: JobDefinition, now = new Date()): Promise<SweepResult> {
  const prisma = await getPrisma();
  const run = await prisma.jobRun.create({ data: { job: job.name, startedAt: new Date() } });
  try {
    const result = await job.run(now);
    await prisma.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ok: true } });
    return result;
  } catch (error) {
    await prisma.jobRun.update({ where: { id: run.id }, data: { finishedAt: new Date(), ok: false } });
    throw error;
  }
}

export const jobNamed = (name: string) => JOBS.find((j) => j.name === name);
