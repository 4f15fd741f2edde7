"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { contributorsFormSchema, type ContributorsFormInput } from "@/lib/review/forms";

type Props = {
  reviewId: string;
  allStaff: boolean;
  staff: { personId: string; name: string; invited: boolean }[];
  action: (v: ContributorsFormInput) => Promise<ActionResult<unknown>>;
};

/** Who may contribute: all staff, or those the lead asks (people asked stay asked). */
export function ContributorsForm({ reviewId, allStaff, staff, action }: Props) {
  const notAsked = staff.filter((s) => !s.invited);
  const asked = staff.filter((s) => s.invited);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(contributorsFormSchema, action, {
    reviewId,
    allStaff,
    personIds: [],
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Who contributes" className="flex flex-col gap-4">
      <div className="flex items-start gap-2">
        <input
          id="contributors-all-staff"
          type="checkbox"
          className="mt-1 size-5"
          {...form.register("allStaff")}
        />
        <label htmlFor="contributors-all-staff" className="min-h-11">
          Let every member of staff contribute
        </label>
      </div>
      {asked.length > 0 && <p>Asked already: {asked.map((s) => s.name).join(", ")}.</p>}
      {notAsked.length > 0 ? (
        <ChoiceGroup
          id="contributors-people"
          legend="Ask these members of staff"
          type="checkbox"
          columns
          options={notAsked.map((s) => ({ value: s.personId, label: s.name }))}
          error={errorOf("personIds")}
          input={form.register("personIds")}
        />
      ) : (
        <p className="text-slate-700">Every member of staff has been asked.</p>
      )}
      <div>
        <Button type="submit" variant="secondary" busy={busy}>
          Save who contributes
        </Button>
      </div>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && <Alert tone="success">Saved.</Alert>}
      </div>
    </form>
  );
}
