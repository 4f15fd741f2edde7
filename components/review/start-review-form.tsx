"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { startReviewFormSchema, type StartReviewFormInput } from "@/lib/review/forms";

type Props = {
  schoolId: string;
  action: (v: StartReviewFormInput) => Promise<ActionResult<{ id: string }>>;
};

/** Starts today's review; the lead chooses whether every member of staff may contribute. */
export function StartReviewForm({ schoolId, action }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, busy } = useActionForm(
    startReviewFormSchema,
    async (v) => {
      const outcome = await action(v);
      if (outcome.ok) router.push(`/schools/${schoolId}/review/${outcome.data.id}/agree`);
      return outcome;
    },
    { allStaff: false },
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Start a review" className="flex flex-col gap-3">
      <div className="flex items-start gap-2">
        <input id="review-all-staff" type="checkbox" className="mt-1 size-5" {...form.register("allStaff")} />
        <label htmlFor="review-all-staff" className="min-h-11">
          Let every member of staff contribute
          <span className="block text-sm text-slate-700">
            Otherwise you, the headteacher and the staff you ask contribute.
          </span>
        </label>
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Start a review today
        </Button>
      </div>
      <div aria-live="polite">{result && !result.ok && <Alert tone="error">{result.message}</Alert>}</div>
    </form>
  );
}
