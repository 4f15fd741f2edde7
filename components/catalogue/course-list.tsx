import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/format";
import type { ActionResult } from "@/lib/actions/result";
import type { CourseView } from "@/lib/catalogue/queries";
import { FORMAT_LABELS, type RetireCourseInput } from "@/lib/catalogue/schemas";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import { TIER_NAMES } from "@/lib/tiers";

const OWNER_LABELS = {
  harbour: "Harbour starter catalogue",
  trust: "Your trust",
  school: "Your school",
} as const;

export function costText(c: Pick<CourseView, "costModel" | "costPence" | "sessionCapacity">) {
  return c.costModel === "PER_SESSION"
    ? `${formatMoney(c.costPence)} per session (up to ${c.sessionCapacity} staff)`
    : `${formatMoney(c.costPence)} per place`;
}

type Props = {
  courses: CourseView[];
  /** The framework's competencies, so each outcome reads as its statement rather than its code. */
  competencies: { code: string; statement: string }[];
  empty: string;
  /** Given when the viewer may retire their own courses. */
  retire?: (input: RetireCourseInput) => Promise<ActionResult<{ id: string }>>;
};

/** Courses as a list of cards: a table would not fit on a phone. */
export function CourseList({ courses, competencies, empty, retire }: Props) {
  if (courses.length === 0) return <EmptyState>{empty}</EmptyState>;
  const statements = new Map(competencies.map((c) => [c.code, c.statement]));
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {courses.map((c) => (
        <li key={c.id} className="py-3">
          <h3 className="font-semibold">{c.title}</h3>
          <p className="text-sm text-slate-700">
            {c.provider} · Tier {c.tier} {TIER_NAMES[c.tier]} · {FORMAT_LABELS[c.format]} ·{" "}
            {c.hoursPerParticipant} h per person
          </p>
          <p className="text-sm text-slate-700">
            {costText(c)}
            {c.refreshMonths ? ` · refresh every ${c.refreshMonths} months` : " · no refresh needed"}
            {c.qualityAssured ? " · quality-assured" : ""} · {OWNER_LABELS[c.owner]}
          </p>
          <CourseDetails summary={c.summary} outcomes={c.outcomes} statements={statements} title={c.title} />
          <div className="mt-2 flex flex-wrap items-center gap-3">
            {c.bookingUrl && (
              <a
                href={c.bookingUrl}
                className="text-harbour-700 underline"
                rel="noopener noreferrer"
                target="_blank"
              >
                Book this course<span className="sr-only">: {c.title} (opens in a new tab)</span>
              </a>
            )}
            {retire && c.ownCourse && (
              // Retiring asks once more: the course leaves the catalogue (plans and records keep it).
              <ConfirmButton
                label="Retire"
                srLabel={c.title}
                question="Retire this course from the catalogue?"
                confirmLabel="Yes, retire it"
                cancelLabel="Keep it"
                action={retire}
                values={{ courseId: c.id }}
              />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

const LEVELS = new Map(DEFAULT_FRAMEWORK.ratingScale.map((r) => [r.value as number, r.label]));

/**
 * The summary and what a course develops, in the framework's words (codes stay a small detail for
 * experts), folded under each course so a long catalogue stays short on a phone.
 */
function CourseDetails({
  summary,
  outcomes,
  statements,
  title,
}: {
  summary: string;
  outcomes: CourseView["outcomes"];
  statements: Map<string, string>;
  title: string;
}) {
  return (
    <details className="mt-1">
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-harbour-700 underline">
        About the course and what it develops ({outcomes.length}{" "}
        {outcomes.length === 1 ? "competency" : "competencies"})<span className="sr-only">: {title}</span>
      </summary>
      <p className="mb-2">{summary}</p>
      <ul className="list-disc pl-5">
        {outcomes.map((o) => (
          <li key={o.competencyCode}>
            {statements.get(o.competencyCode) ?? "A competency no longer in your framework"}{" "}
            <span className="text-sm text-slate-600">
              (to level {o.level}, {LEVELS.get(o.level) ?? ""} · {o.competencyCode})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
