"use client";
// The peer reviewer rates and comments on each criterion of the one submission assigned to them.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { peerReviewSchema, type PeerReviewInput } from "@/lib/accreditation/forms";
import { RATING_LABEL, RATINGS, type Rating } from "@/lib/accreditation/rules";
import type { StrandRow } from "@/lib/accreditation/view-model";
import { EvidenceList, MeasureLine } from "./criteria-read";

type Props = {
  submissionId: string;
  strands: StrandRow[];
  note: string;
  save: (v: PeerReviewInput) => Promise<ActionResult<{ submissionId: string; sent: boolean }>>;
};

const OPTIONS = [
  { value: "", label: "Choose a rating" },
  ...RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] })),
];

export function PeerReviewForm({ submissionId, strands, note, save }: Props) {
  const router = useRouter();
  const criteria = strands.flatMap((s) => s.criteria);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(peerReviewSchema, save, {
    submissionId,
    ratings: criteria.map((c) => ({
      criterionId: c.id,
      rating: (c.peer?.rating ?? "") as Rating | "",
      comment: c.peer?.comment ?? "",
    })),
    note,
    send: false,
  });
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  let i = -1;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Peer review" className="flex flex-col gap-6">
      {strands.map((s) => (
        <fieldset key={s.position} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">
            {s.position}. {s.title}
          </legend>
          <div className="flex flex-col gap-5">
            {s.criteria.map((c) => {
              i++;
              const n = i;
              return (
                <div key={c.id} className="flex flex-col gap-2 border-t border-slate-100 pt-3">
                  <p>
                    <span className="font-medium">{c.key}</span> {c.text}
                  </p>
                  <MeasureLine measure={c.measure} />
                  <p className="text-sm">
                    <span className="font-medium">The school&apos;s rating: </span>
                    {c.self ? RATING_LABEL[c.self.rating] : "Not rated"}
                  </p>
                  {c.self?.narrative && <p className="whitespace-pre-line text-sm">{c.self.narrative}</p>}
                  <EvidenceList items={c.evidence} />
                  <SelectField
                    id={`peer-rating-${c.key}`}
                    label={`Your rating for ${c.key}`}
                    options={OPTIONS}
                    error={errorOf(`ratings.${n}.rating`)}
                    {...form.register(`ratings.${n}.rating`)}
                  />
                  <TextAreaField
                    id={`peer-comment-${c.key}`}
                    label={`Your comment on ${c.key}`}
                    rows={2}
                    error={errorOf(`ratings.${n}.comment`)}
                    {...form.register(`ratings.${n}.comment`)}
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <TextAreaField
        id="review-note"
        label="A note to the school and the trust"
        error={errorOf("note")}
        {...form.register("note")}
      />
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            {result.data.sent ? "Review sent to the trust and the school." : "Saved."}
          </Alert>
        )}
      </div>
      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-white py-3">
        <Button type="submit" variant="secondary" busy={busy} onClick={() => form.setValue("send", false)}>
          Save
        </Button>
        <Button type="submit" busy={busy} onClick={() => form.setValue("send", true)}>
          Send the review
        </Button>
      </div>
    </form>
  );
}
