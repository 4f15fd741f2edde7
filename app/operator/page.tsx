import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { formatDate, formatDateTime } from "@/lib/format";
import { jobHealth, type JobHealth, type JobName } from "@/lib/jobs";
import { instanceHealth } from "@/lib/operators/health";
import { operatorOverview } from "@/lib/operators/queries";
import { requireOperator } from "@/lib/tenancy/guard";
import { removeDemoAction } from "./actions";

export const metadata: Metadata = { title: "This Harbour server" };

export default async function OperatorHome() {
  const ctx = await requireOperator();
  const [overview, health, jobs] = await Promise.all([operatorOverview(ctx), instanceHealth(), jobHealth()]);
  const { register, organisations, schools, operators } = overview;
  const real = schools.filter((s) => !s.isDemo);
  const demo = schools.some((s) => s.isDemo) || organisations.some((o) => o.isDemo);
  const unled = real.filter((s) => !s.appointments.some((a) => a.state !== "expired"));
  const steps = [
    register.count === 0 && { href: "/operator/register", text: "Import the register of schools" },
    organisations.every((o) => o.isDemo) && {
      href: "/operator/organisations",
      text: "Add a trust or local authority, if your schools belong to one",
    },
    real.length === 0 && { href: "/operator/schools", text: "Add your first school from the register" },
    unled.length > 0 && {
      href: "/operator/schools",
      text: `Appoint a lead or head for ${unled.length} ${unled.length === 1 ? "school" : "schools"}`,
    },
  ].filter((s): s is { href: string; text: string } => Boolean(s));
  return (
    <>
      <PageHeader
        title="This Harbour server"
        lead="You run this server: its register, trusts, authorities and schools, and their first leaders. No school's staff or answers are visible to you."
      />
      <Section title="What next">
        {steps.length === 0 ? (
          <p>Every school has a leader appointed. Schools carry on from here on their own.</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-5">
            {steps.map((s) => (
              <li key={s.text}>
                <Link href={s.href} className="underline">
                  {s.text}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Health">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Database</dt>
          <dd>
            {health.database === "embedded" ? "Embedded (for trials and one school)" : "PostgreSQL server"},
            answered in {health.databaseMs.toFixed(0)} ms
          </dd>
          <dt className="font-medium">Email</dt>
          <dd>
            {health.mail
              ? "Set up: invitations and reminders are emailed"
              : "Not set up: invitation links are shown to share"}
          </dd>
          <dt className="font-medium">Reminders and jobs</dt>
          <dd>
            <JobsSummary jobs={jobs} />
          </dd>
          <dt className="font-medium">Email sent, last 24 hours</dt>
          <dd>
            {jobs.mail.sentLast24h} sent, {jobs.mail.failedLast24h} failed
          </dd>
          <dt className="font-medium">In Harbour</dt>
          <dd>
            {real.length} {real.length === 1 ? "school" : "schools"},{" "}
            {organisations.filter((o) => !o.isDemo).length} trusts and authorities; register of{" "}
            {register.count} schools
            {register.importedAt && ` (imported ${formatDate(register.importedAt)})`}
          </dd>
          <dt className="font-medium">This process</dt>
          <dd>
            {health.memoryMiB.toFixed(0)} MiB of memory, up {health.uptimeHours.toFixed(1)} hours
          </dd>
        </dl>
      </Section>
      <Section title="Operators">
        <ul>
          {operators.map((o) => (
            <li key={o.email}>
              {o.name} <span className="break-all text-slate-700">({o.email})</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="The demo">
        {demo ? (
          <>
            <p className="mb-3">
              The demo trust, its four schools and every demo account are still here. Remove them before real
              schools start; nothing else is touched.
            </p>
            <ConfirmButton
              label="Remove the demo"
              question="Remove the demo trust, its schools and every demo account for good?"
              confirmLabel="Yes, remove the demo"
              action={removeDemoAction}
              values={{ confirm: true as const }}
            />
          </>
        ) : (
          <EmptyState>The demo has been removed.</EmptyState>
        )}
      </Section>
    </>
  );
}

const MODE: Record<JobHealth["mode"], string> = {
  queue: "Run by this server from the job queue",
  timer: "Run by this server on a timer",
  off: "Turned off on this server (JOBS_ENABLED=false)",
  elsewhere: "Not run by this process",
};
const JOB_LABEL: Record<JobName, string> = {
  "round-reminders": "Round reminders",
  "expiry-reminders": "Training expiry reminders",
  "renewal-reminders": "Renewal summaries",
  "accreditation-renewals": "Accreditation renewal reminders",
  housekeeping: "Housekeeping",
  retention: "Deleting responses kept past the school's chosen years",
  pseudonymise: "Unlinking older confidential responses from their people",
};

function JobsSummary({ jobs }: { jobs: JobHealth }) {
  return (
    <>
      <p>
        {MODE[jobs.mode]}
        {jobs.queued !== null && `; ${jobs.queued} waiting`}; {jobs.running} running; {jobs.failedLast24h}{" "}
        failed in the last 24 hours.
      </p>
      <ul className="text-sm text-slate-700">
        {(Object.keys(JOB_LABEL) as JobName[]).map((name) => {
          const last = jobs.lastRun[name];
          return (
            <li key={name}>
              {JOB_LABEL[name]}:{" "}
              {last
                ? `last ran ${formatDateTime(last.startedAt)}${last.ok === false ? " and failed" : ""}`
                : "not run yet"}
            </li>
          );
        })}
      </ul>
    </>
  );
}
