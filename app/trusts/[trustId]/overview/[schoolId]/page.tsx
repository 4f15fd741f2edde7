import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SchoolAggregates } from "@/components/trust/school-aggregates";
import { PageHeader } from "@/components/ui/page-header";
import { UserError } from "@/lib/errors";
import { requireTrust } from "@/lib/tenancy/guard";
import { trustSchoolFacts } from "@/lib/trust/figures";

export const metadata: Metadata = { title: "School figures" };

export default async function TrustSchoolPage({
  params,
}: {
  params: Promise<{ trustId: string; schoolId: string }>;
}) {
  const { trustId, schoolId } = await params;
  const ctx = await requireTrust(trustId, "trust:view");
  const found = await trustSchoolFacts(ctx, schoolId).catch((e) => {
    if (e instanceof UserError && e.kind === "not_found") return null;
    throw e;
  });
  if (!found) notFound();
  return (
    <>
      <PageHeader
        title="School figures"
        lead={`${found.school.name}: what the trust sees of this school. Aggregates only, never individuals; figures resting on fewer than 5 people are withheld.`}
        actions={
          <Link href={`/trusts/${trustId}`} className="text-harbour-700 underline">
            Back to the overview
          </Link>
        }
      />
      <SchoolAggregates school={found.school} targets={found.targets} today={found.today} />
    </>
  );
}
