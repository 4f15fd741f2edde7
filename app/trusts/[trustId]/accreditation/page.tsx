import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { decisionWords } from "@/lib/accreditation/levels";
import { STATUS_LABEL } from "@/lib/accreditation/rules";
import { trustSubmissions } from "@/lib/accreditation/trust";
import { formatDate } from "@/lib/format";
import { requireTrust } from "@/lib/tenancy/guard";

export const metadata: Metadata = { title: "Accreditation" };

export default async function TrustAccreditation({ params }: { params: Promise<{ trustId: string }> }) {
  const { trustId } = await params;
  const ctx = await requireTrust(trustId, "accreditation:manage");
  const rows = await trustSubmissions(ctx);
  return (
    <>
      <PageHeader
        title="Accreditation"
        lead="Schools' submitted self-evaluations: assign a peer reviewer, record the visit, decide."
        actions={
          <Link href={`/trusts/${trustId}/accreditation/scheme`} className="underline">
            The trust&apos;s scheme
          </Link>
        }
      />
      <Section title="Submitted self-evaluations">
        {rows.length === 0 ? (
          <EmptyState>
            No school has submitted a self-evaluation yet. Schools start theirs from their Accreditation page.
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-2">
            {rows.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 p-3">
                <Link href={`/trusts/${trustId}/accreditation/${r.id}`} className="font-medium underline">
                  {r.schoolName}
                </Link>
                <p className="text-sm">
                  {r.level ? decisionWords(r.level) : STATUS_LABEL[r.status]}
                  {r.submittedAt && <>. Submitted {formatDate(r.submittedAt)}</>}
                  {r.reviewerName && <>. Peer reviewer: {r.reviewerName}</>}
                  {r.renewalDue && <>. Renewal due {formatDate(r.renewalDue)}</>}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
