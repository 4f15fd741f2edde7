import type { Metadata } from "next";
import Link from "next/link";
import { SchoolAggregates } from "@/components/trust/school-aggregates";
import { EmptyState, PageHeader } from "@/components/ui/page-header";
import { requireSchool } from "@/lib/tenancy/guard";
import { schoolAsTrustSees } from "@/lib/trust/figures";

export const metadata: Metadata = { title: "What your trust sees" };

export default async function TrustViewOfSchool({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "trust-view:own-school");
  const seen = await schoolAsTrustSees(ctx);
  return (
    <>
      <PageHeader
        title="What your trust sees"
        lead={
          seen
            ? `Exactly what ${seen.trustName}'s leaders see of ${ctx.schoolName}: aggregates only, never individuals.`
            : undefined
        }
      />
      {seen ? (
        <SchoolAggregates school={seen.school} targets={seen.targets} today={seen.today} />
      ) : (
        <EmptyState>
          {ctx.schoolName} is not part of a trust, so no one outside the school sees its figures.{" "}
          <Link href={`/schools/${schoolId}`} className="text-harbour-700 underline">
            Back to the school home
          </Link>
        </EmptyState>
      )}
    </>
  );
}
