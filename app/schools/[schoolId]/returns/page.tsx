import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-plan/action-button";
import { ReturnFigures } from "@/components/returns/return-figures";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState, PageHeader, Section } from "@/components/ui/page-header";
import { formatDate, formatDateTime } from "@/lib/format";
import { schoolReturns } from "@/lib/returns/queries";
import { requireSchool } from "@/lib/tenancy/guard";
import { sendSummaryReturn, withdrawSummaryReturn } from "./actions";

export const metadata: Metadata = { title: "Summary returns" };

/** The school's closed rounds, each with the summary it may send to its local authority. */
export default async function SummaryReturnsPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const ctx = await requireSchool(schoolId, "returns:submit");
  const { authority, laName, rounds } = await schoolReturns(ctx);
  return (
    <>
      <PageHeader
        title="Summary returns to your local authority"
        lead={
          authority
            ? `Send ${authority.name} a summary of a closed round: aggregates only, with small numbers withheld exactly as below. You can withdraw it or send it again.`
            : undefined
        }
      />
      {!authority ? (
        <EmptyState>
          Harbour does not have your local authority{laName ? ` (${laName})` : ""} yet, so there is nowhere to
          send a summary. When it joins, its returns will be offered here.{" "}
          <Link href={`/schools/${schoolId}`} className="text-harbour-700 underline">
            Back to the school home
          </Link>
        </EmptyState>
      ) : rounds.length === 0 ? (
        <EmptyState>
          No round has closed yet. A summary can be sent once a round closes.{" "}
          <Link href={`/schools/${schoolId}/rounds`} className="text-harbour-700 underline">
            Go to rounds
          </Link>
        </EmptyState>
      ) : (
        rounds.map((r) => (
          <Section key={r.id} title={r.title}>
            <p className="mb-3">
              Closed {formatDate(r.closedOn)}.{" "}
              {r.sentAt ? (
                <strong>
                  Sent to {authority.name} on {formatDateTime(r.sentAt)}.
                </strong>
              ) : (
                <span>Not sent.</span>
              )}
            </p>
            <div className="mb-4 flex flex-wrap items-start gap-3">
              <ActionButton
                label={r.sentAt ? "Send again with today's figures" : `Send to ${authority.name}`}
                run={sendSummaryReturn.bind(null, schoolId, { roundId: r.id })}
              />
              {r.sentAt && (
                <ConfirmButton
                  label="Withdraw"
                  srLabel={`the summary of ${r.title}`}
                  question={`Withdraw the summary of ${r.title}? ${authority.name} will no longer see it.`}
                  confirmLabel="Withdraw it"
                  action={withdrawSummaryReturn.bind(null, schoolId)}
                  values={{ roundId: r.id }}
                />
              )}
            </div>
            <h3 className="mb-2 font-semibold">{r.sentAt ? "What was sent" : "What would be sent"}</h3>
            <ReturnFigures figures={r.figures} caption={`Needs in ${r.title}`} />
          </Section>
        ))
      )}
    </>
  );
}
