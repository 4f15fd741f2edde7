import type { Metadata } from "next";
import Link from "next/link";
import { TermDatesForm } from "@/components/plans/term-dates-form";
import { PageHeader, Section } from "@/components/ui/page-header";
import { loadTermDates } from "@/lib/plans/term-dates";
import { requireSchoolAny } from "@/lib/tenancy/resource";
import { saveSchoolTermDates } from "../actions";

export const metadata: Metadata = { title: "Term dates" };

/** The lead sets when each term starts; the plan's calendar puts sessions in those terms. */
export default async function TermDatesPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchoolAny(schoolId, ["plans:manage"]);
  const { custom, ...terms } = await loadTermDates(ctx);
  return (
    <>
      <p className="mb-2 print:hidden">
        <Link href={`/schools/${schoolId}/plans`} className="text-harbour-700 underline">
          All plans
        </Link>
      </p>
      <PageHeader
        title="Term dates"
        lead="The plan's calendar puts each session on a school day in its term: never a date already past, a weekend, a bank holiday or 1 January."
      />
      <Section
        title={
          custom ? "Your school's term dates" : "England's usual term dates (not yet set for your school)"
        }
      >
        <TermDatesForm initial={terms} action={saveSchoolTermDates.bind(null, schoolId)} />
      </Section>
    </>
  );
}
