import { EmptyState } from "@/components/ui/page-header";
import { formatMoney } from "@/lib/format";
import type { ActionResult } from "@/lib/actions/result";
import type { CourseView } from "@/lib/catalogue/queries";
import { FORMAT_LABELS, type RetireCourseInput } from "@/lib/catalogue/schemas";
import { TIER_NAMES } from "@/lib/tiers";
import { RetireCourseButton } from "./retire-course-button";

const OWNER_LABELS = { harbour: "Harbour starter catalogue", trust: "Your trust", school: "Your school" } as const;

export function costText(c: Pick<CourseView, "costModel" | "costPence" | "sessionCapacity">) {
  return c.costModel === "PER_SESSION"
    ? `${formatMoney(c.costPence)} per session (up to ${c.sessionCapacity} staff)`
    : `${formatMoney(c.costPence)} per place`;
}

type Props = {
  courses: CourseView[];
  empty: string;
  /** Given when the viewer may retire their own courses. */
  retire?: (input: RetireCourseInput) => Promise<ActionResult<{ id: string }>>;
};

/** Courses as a list of cards: a table would not fit on a phone. */
export function CourseList({ courses, empty, retire }: Props) {
  if (courses.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {courses.map((c) => (
        <li key={c.id} className="py-3">
          <h3 className="font-semibold">{c.title}</h3>
          <p className="text-sm text-slate-700">
            {c.provider} · Tier {c.tier} {TIER_NAMES[c.tier]} · {FORMAT_LABELS[c.format]} · {c.hoursPerParticipant} h per person
          </p>
          <p className="text-sm text-slate-700">
            {costText(c)}
            {c.refreshMonths ? ` · refresh every ${c.refreshMonths} months` : " · no refresh needed"}
            {c.qualityAssured ? " · quality-assured" : ""} · {OWNER_LABELS[c.owner]}
          </p>
          <p className="mt-1">{c.summary}</p>
          <p className="mt-1 text-sm">
            <span className="font-medium">Develops: </span>
            {c.outcomes.map((o) => `${o.competencyCode} to level ${o.level}`).join(", ")}
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            {c.bookingUrl && (
              <a href={c.bookingUrl} className="text-harbour-700 underline" rel="noopener noreferrer" target="_blank">
                Book {c.title} <span className="sr-only">(opens in a new tab)</span>
              </a>
            )}
            {retire && c.ownCourse && <RetireCourseButton courseId={c.id} title={c.title} action={retire} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
