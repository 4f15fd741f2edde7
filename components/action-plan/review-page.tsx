// What a reviewer (trust leader or validator) sees of one version: the decision form while it waits
// for them, else the plan with the comments made, and its history and differences.
import { ExportLinks } from "@/components/exports/export-links";
import { PageHeader, Section } from "@/components/ui/page-header";
import type { ActionResult } from "@/lib/actions/result";
import type { DecideInput } from "@/lib/action-plan/schemas";
import type { reviewerVersionView } from "@/lib/action-plan/queries";
import { History } from "./history";
import { PlanRead } from "./plan-read";
import { ReviewForm } from "./review-form";
import { STATUS_LABELS } from "./status";

type Props = {
  view: Awaited<ReturnType<typeof reviewerVersionView>>;
  decide: (v: DecideInput) => Promise<ActionResult<{ versionId: string; status: string }>>;
  hrefOf: (versionId: string) => string;
  /** This version as a PDF, to read offline or share with whoever helps decide. */
  pdfHref?: string;
};

export function ReviewPage({ view, decide, hrefOf, pdfHref }: Props) {
  const v = view.version;
  return (
    <>
      <PageHeader
        title={`${view.schoolName}: action plan`}
        lead={`Version ${v.number}, ${STATUS_LABELS[v.status].toLowerCase()}.`}
        actions={
          pdfHref && (
            <ExportLinks
              label="Download the plan"
              links={[{ href: pdfHref, label: "Download PDF", download: true }]}
            />
          )
        }
      />
      {v.status === "SUBMITTED" ? (
        <Section title="Review each objective and action">
          <ReviewForm versionId={v.id} content={view.content} decide={decide} />
        </Section>
      ) : (
        <Section title="The plan">
          <PlanRead content={view.content} comments={view.comments} />
        </Section>
      )}
      <Section title="History">
        <History
          events={view.events}
          versions={view.versions}
          changes={view.changes}
          previousNumber={view.previous?.number ?? null}
          currentId={v.id}
          hrefOf={hrefOf}
        />
      </Section>
    </>
  );
}

export function Queue({
  rows,
  hrefOf,
}: {
  rows: { id: string; number: number; status: keyof typeof STATUS_LABELS; schoolName: string }[];
  hrefOf: (id: string) => string;
}) {
  if (rows.length === 0)
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">
        No action plans have been sent here yet.
      </p>
    );
  return (
    <ul className="flex flex-col divide-y divide-slate-200">
      {rows.map((r) => (
        <li key={r.id} className="py-3">
          <a href={hrefOf(r.id)} className="font-medium text-harbour-700 underline">
            {r.schoolName}, version {r.number}
          </a>{" "}
          ({STATUS_LABELS[r.status]})
        </li>
      ))}
    </ul>
  );
}
