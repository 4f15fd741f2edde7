import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/gaps/print-button";
import { GovernorDocView } from "@/components/exports/governor-doc";
import { planGovernorDoc } from "@/lib/exports/queries";
import { orNotFound } from "@/lib/tenancy/resource";
import { requireSchool } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Action plan for governors" };

type Props = { params: Promise<{ schoolId: string }>; searchParams: Promise<{ version?: string }> };

export default async function PrintActionPlan({ params, searchParams }: Props) {
  const { schoolId } = await params;
  const { version } = await searchParams;
  const ctx = await requireSchool(schoolId, "action-plan:view");
  // Another school's version named here is a 404.
  const doc = await orNotFound(planGovernorDoc(ctx, { versionId: version, now: new Date() }));
  const back = `/schools/${schoolId}/action-plan${version ? `?version=${version}` : ""}`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link className="font-medium text-harbour-700 underline underline-offset-2" href={back}>
          Back to the action plan
        </Link>
      </div>
      <GovernorDocView doc={doc} />
    </>
  );
}
