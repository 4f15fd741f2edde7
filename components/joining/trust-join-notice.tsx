import { ConfirmButton } from "@/components/ui/confirm-button";
import type { SchoolJoinRow } from "@/lib/trust-joins/queries";
import type { DecideJoinInput } from "@/lib/trust-joins/schemas";

type Props = {
  schoolName: string;
  requests: SchoolJoinRow[];
  /** Only the head may decide; others read the request. */
  decide: ((values: DecideJoinInput) => Promise<{ ok: boolean; message?: string }>) | null;
};

/** A trust's request to add the school, in words, with the head's Accept and Decline. */
export function TrustJoinNotice({ schoolName, requests, decide }: Props) {
  if (requests.length === 0) return null;
  return (
    <section
      aria-labelledby="trust-join-heading"
      className="mb-6 rounded-lg border border-harbour-600 bg-harbour-50 p-4"
    >
      <h2 id="trust-join-heading" className="mb-2 text-lg font-semibold">
        {requests.length === 1 ? "A trust asks to add your school" : "Trusts ask to add your school"}
      </h2>
      <ul className="flex flex-col gap-4">
        {requests.map((r) => (
          <li key={r.id} data-testid="trust-join-request">
            <p className="mb-2">
              {r.trustName} asks to add {schoolName} to the trust. The trust would then see your school&apos;s
              figures, never individuals&apos; answers.
            </p>
            {decide ? (
              <div className="flex flex-wrap gap-2">
                <ConfirmButton
                  label="Accept"
                  srLabel={`${r.trustName}'s request`}
                  question={`Add ${schoolName} to ${r.trustName}?`}
                  confirmLabel="Yes, join the trust"
                  cancelLabel="Not now"
                  variant="secondary"
                  action={decide}
                  values={{ requestId: r.id, decision: "ACCEPT" as const }}
                />
                <ConfirmButton
                  label="Decline"
                  srLabel={`${r.trustName}'s request`}
                  question={`Decline ${r.trustName}'s request?`}
                  confirmLabel="Yes, decline"
                  cancelLabel="Not now"
                  action={decide}
                  values={{ requestId: r.id, decision: "DECLINE" as const }}
                />
              </div>
            ) : (
              <p className="text-sm text-slate-700">Only the school&apos;s head can accept or decline.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
