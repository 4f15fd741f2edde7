import type { Metadata } from "next";
import Link from "next/link";
import { RetentionForm } from "@/components/privacy/retention-form";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { can } from "@/lib/permissions";
import { DEFAULT_RETENTION_YEARS } from "@/lib/privacy/retention";
import { getRetention } from "@/lib/privacy/retention-queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { saveRetention } from "./actions";

export const metadata: Metadata = { title: "How long responses are kept" };

const years = (n: number) => `${n} ${n === 1 ? "year" : "years"}`;

export default async function RetentionPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "school:view");
  const view = await getRetention(ctx);
  return (
    <>
      <PageHeader
        title="How long responses are kept"
        lead="Each person's own self-assessment answers are deleted a chosen number of years after their round ends. The school's figures for the round stay."
      />
      <Section title="Years to keep individual responses">
        <p className="mb-4 text-slate-700">
          Harbour deletes each round&apos;s individual responses (ratings, comments, wellbeing answers) once
          the round ended this many years ago, every night. The round&apos;s figures (how many people had a
          gap, coverage, who was asked and answered) are kept, so comparisons over time and your trust&apos;s
          overview stay right. The default is {years(DEFAULT_RETENTION_YEARS)}. Our{" "}
          <Link href="/privacy" className="underline">
            privacy notice
          </Link>{" "}
          tells staff.
        </p>
        {can(ctx.role, "retention:manage") ? (
          <RetentionForm years={view.years} action={saveRetention.bind(null, schoolId)} />
        ) : (
          <p>Individual responses are kept for {years(view.years)} after their round ends.</p>
        )}
      </Section>
      <Section title="When each round's responses go">
        {view.upcoming.length === 0 ? (
          <EmptyState>No round holds individual responses yet.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">
                Rounds and the date their individual responses are deleted
              </caption>
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    Round
                  </th>
                  <th scope="col" className="py-2">
                    Responses deleted on
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.upcoming.map((r) => (
                  <tr key={r.roundId} className="border-b border-slate-200">
                    <td className="py-2 pr-4">{r.title}</td>
                    <td className="py-2">{formatDate(r.deleteOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {view.deleted.length > 0 && (
          <>
            <h3 className="mt-6 mb-2 font-semibold">Rounds whose individual responses were deleted</h3>
            <ul className="list-disc pl-5">
              {view.deleted.map((r) => (
                <li key={r.roundId}>
                  {r.title}: deleted on {formatDate(r.deletedAt)}; its figures are kept.
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </>
  );
}
