import type { Metadata } from "next";
import { FORMAT_LABELS, type CourseFormat } from "@/lib/catalogue/schemas";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { getFramework } from "@/lib/framework/queries";
import { myPlanItems } from "@/lib/plans/queries";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "My training plan" };

const TERMS = { AUTUMN: "Autumn term", SPRING: "Spring term", SUMMER: "Summer term" } as const;

/** What the signed-in person is booked on, from the school's approved plans (else drafts), and which of their gaps each closes. */
export default async function MyPlanPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "assessment:take");
  const [items, framework] = await Promise.all([myPlanItems(ctx), getFramework(ctx)]);
  const statement = new Map(framework.content.competencies.map((c) => [c.code, c.statement]));

  return (
    <>
      <PageHeader
        title="My training plan"
        lead="The training you are booked on, and the gaps from your self-assessment it should close."
      />
      <Section title={`Booked training (${items.length})`}>
        {items.length === 0 ? (
          <EmptyState>
            You are not booked on any training yet. When your lead makes a training plan that includes you, it
            will appear here.
          </EmptyState>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200">
            {items.map((item) => (
              <li key={item.itemId} className="py-3">
                <h3 className="font-semibold">{item.course.title}</h3>
                <p className="text-sm text-slate-700">
                  {item.course.provider} ·{" "}
                  {FORMAT_LABELS[item.course.format as CourseFormat] ?? item.course.format} ·{" "}
                  {TERMS[item.term]}
                </p>
                <p className="text-sm text-slate-700">
                  {item.planTitle}, version {item.versionNumber}:{" "}
                  {item.status === "APPROVED" ? "approved by the head" : "a draft, not yet approved"}
                </p>
                {item.closes.length > 0 ? (
                  <>
                    <p className="mt-2 font-medium">Gaps it closes for you</p>
                    <ul className="list-disc pl-5">
                      {item.closes.map((c) => (
                        <li key={c.competencyCode}>
                          {statement.get(c.competencyCode) ?? c.competencyCode}: {c.points}{" "}
                          {c.points === 1 ? "level" : "levels"} closer to the target{" "}
                          <span className="text-sm text-slate-600">({c.competencyCode})</span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p className="mt-2 text-sm text-slate-700">
                    Your lead booked this by hand, so no gaps are listed for it.
                  </p>
                )}
                {item.course.bookingUrl && (
                  <a
                    href={item.course.bookingUrl}
                    className="mt-2 inline-block text-harbour-700 underline"
                    rel="noopener noreferrer"
                    target="_blank"
                  >
                    Course details for {item.course.title}{" "}
                    <span className="sr-only">(opens in a new tab)</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
