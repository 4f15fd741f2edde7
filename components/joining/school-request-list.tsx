import { EmptyState } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import type { ActionResult } from "@/lib/actions/result";
import type { OperatorDecision, WaitingRequest } from "@/lib/school-requests/operator";
import type { OperatorDecisionInput } from "@/lib/school-requests/schemas";
import { JOB_ROLES } from "@/lib/tiers";
import { SchoolRequestDecision } from "./school-request-decision";

type Props = {
  requests: WaitingRequest[];
  decide: (values: OperatorDecisionInput) => Promise<ActionResult<OperatorDecision>>;
};

/** Each waiting request beside the register's own details, to check before confirming. */
export function SchoolRequestList({ requests, decide }: Props) {
  if (requests.length === 0) return <EmptyState>No school requests are waiting.</EmptyState>;
  return (
    <ul className="flex flex-col gap-4">
      {requests.map((r) => (
        <li
          key={r.id}
          className="rounded-lg border border-slate-200 bg-white p-4"
          data-testid="school-request"
        >
          <h3 className="font-semibold">{r.school?.name ?? `URN ${r.urn} (no longer in the register)`}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-700">URN</dt>
            <dd>{r.urn}</dd>
            {r.school && (
              <>
                <dt className="text-slate-700">Register</dt>
                <dd>
                  {[r.school.typeName, r.school.statusName, r.school.laName, r.school.postcode]
                    .filter(Boolean)
                    .join(" · ")}
                </dd>
                <dt className="text-slate-700">Website</dt>
                <dd className="break-all">{r.school.website ?? "None in the register"}</dd>
              </>
            )}
            <dt className="text-slate-700">Asked by</dt>
            <dd>
              {r.requesterName}, {JOB_ROLES[r.jobRole].label}
            </dd>
            <dt className="text-slate-700">Email</dt>
            <dd className="break-all">
              {r.email}
              {r.domain && !r.email.endsWith(r.domain) && " (not at the school's domain)"}
            </dd>
            <dt className="text-slate-700">Asked</dt>
            <dd>
              {formatDateTime(r.createdAt)}
              {r.status === "WAITING_EMAIL" && " · a confirmation link was emailed and not yet used"}
            </dd>
          </dl>
          <SchoolRequestDecision requestId={r.id} label={r.school?.name ?? r.urn} decide={decide} />
        </li>
      ))}
    </ul>
  );
}
