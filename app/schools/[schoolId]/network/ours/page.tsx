import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { ownCaseStudies } from "@/lib/network/queries";
import { nextStepWords, STATUS_WORDS } from "@/lib/network/rules";
import { can } from "@/lib/permissions";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Your school's case studies" };

export default async function OurCaseStudies({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "network:view");
  const studies = await ownCaseStudies(ctx);
  const base = `/schools/${schoolId}/network`;
  return (
    <>
      <PageHeader
        title="Your school's case studies"
        lead="Drafts stay in your school. A case study is published only when its named contact has agreed."
        actions={
          can(ctx.role, "network:manage") && (
            <Link
              href={`${base}/new`}
              className="inline-flex min-h-11 items-center rounded-md bg-harbour-700 px-4 py-2 font-medium text-white"
            >
              Write a case study
            </Link>
          )
        }
      />
      <Section title="Case studies">
        {studies.length === 0 ? (
          <EmptyState>
            Your school has no case studies yet.{" "}
            {can(ctx.role, "network:manage")
              ? "Write one about something that worked, so other schools can learn from it."
              : "Your senior mental health lead can write one."}
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-4">
            {studies.map((s) => (
              <li key={s.id} className="flex flex-col gap-1 border-b border-slate-200 pb-4 last:border-0">
                <h3 className="text-lg font-semibold">
                  <Link href={`${base}/${s.id}`} className="text-harbour-700 underline">
                    {s.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {STATUS_WORDS[s.status]} · contact {s.contactName || "not chosen yet"} · changed{" "}
                  {formatDate(s.updatedAt)} · {s.questions} {s.questions === 1 ? "question" : "questions"}
                </p>
                <p>{nextStepWords(s)}</p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <p>
        <Link href={base} className="text-harbour-700 underline">
          Back to the library
        </Link>
      </p>
    </>
  );
}
