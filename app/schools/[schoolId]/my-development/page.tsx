import type { Metadata } from "next";
import { LeadAssessmentForm } from "@/components/lead-development/assessment-form";
import { OwnGaps } from "@/components/lead-development/own-gaps";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFramework } from "@/lib/framework/queries";
import { LEAD_AREAS } from "@/lib/lead-development/areas";
import { listOwnAssessments } from "@/lib/lead-development/queries";
import { areaGaps, ownGaps, RATING_LEVELS } from "@/lib/lead-development/rules";
import { requireSchool } from "@/lib/tenancy/guard";
import { saveLeadAssessment } from "./actions";

export const metadata: Metadata = { title: "My development" };

/** The senior mental health lead's own self-assessment: private to them, dated and repeatable. */
export default async function MyDevelopmentPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "development:self");
  const [history, framework] = await Promise.all([listOwnAssessments(ctx), getFramework(ctx)]);
  const latest = history[0] ?? null;
  // The school's own wording of the Specialist competencies each area feeds.
  const specialist = new Map(
    framework.content.competencies
      .filter((c) => c.tier === 3 && !c.retired)
      .map((c) => [c.code, c.statement]),
  );
  const feeds = Object.fromEntries(
    LEAD_AREAS.map((a) => [a.key, a.competencies.flatMap((code) => specialist.get(code) ?? [])]),
  );

  return (
    <>
      <PageHeader
        title="My development"
        lead="Your own development as the senior mental health lead. Only you can see your ratings: gaps become your own Specialist training needs when you make a training plan."
      />
      <Section title="My gaps">
        {latest ? (
          <>
            <p className="mb-3 text-sm text-slate-700">
              From your self-assessment of {formatDate(latest.assessedAt)}.
            </p>
            <OwnGaps gaps={areaGaps(latest.ratings)} feeds={feeds} levels={RATING_LEVELS} />
          </>
        ) : (
          <EmptyState>
            You have not assessed your own development yet. Rate yourself below; it takes about ten minutes.
          </EmptyState>
        )}
      </Section>
      <Section title={latest ? "Assess myself again" : "Assess myself"}>
        <p className="mb-2">Rate each statement on the same scale your staff use:</p>
        <dl className="mb-4 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {RATING_LEVELS.map((l) => (
            <div key={l.value} className="contents">
              <dt className="font-medium">
                {l.value} {l.label}
              </dt>
              <dd className="mb-1 text-slate-700 sm:mb-0">{l.descriptor}</dd>
            </div>
          ))}
        </dl>
        {latest && (
          <p className="mb-4 text-sm text-slate-700">
            The form starts from your last answers. Saving keeps a new, dated record; earlier ones stay below.
          </p>
        )}
        <LeadAssessmentForm
          action={saveLeadAssessment.bind(null, schoolId)}
          areas={LEAD_AREAS}
          levels={RATING_LEVELS.map(({ value, label }) => ({ value, label }))}
          previous={latest?.ratings ?? {}}
        />
      </Section>
      <Section title={`Earlier self-assessments (${history.length})`}>
        {history.length === 0 ? (
          <EmptyState>None yet.</EmptyState>
        ) : (
          <ul className="flex flex-col gap-1">
            {history.map((h) => {
              const n = ownGaps(h.ratings).length;
              return (
                <li key={h.id}>
                  {formatDateTime(h.assessedAt)}:{" "}
                  {n === 0 ? "no gaps" : `${n} ${n === 1 ? "area" : "areas"} with a gap`}
                  {h.note && <span className="block text-sm text-slate-700">Your note: {h.note}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </Section>
    </>
  );
}
