import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/gaps/print-button";
import { GovernorDocView } from "@/components/exports/governor-doc";
import { reviewGovernorDoc } from "@/lib/exports/queries";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Whole-school review for governors" };

export default async function PrintReview({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "review:view");
  const doc = await reviewGovernorDoc(ctx, new Date());
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link
          className="font-medium text-harbour-700 underline underline-offset-2"
          href={`/schools/${schoolId}/review`}
        >
          Back to the whole-school review
        </Link>
      </div>
      <GovernorDocView doc={doc} />
    </>
  );
}
