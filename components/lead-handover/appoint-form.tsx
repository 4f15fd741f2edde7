"use client";
// The head appoints the new senior mental health lead from the school's members.
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { AppointResult } from "@/lib/lead-handover/queries";
import { appointLeadSchema, type AppointLeadInput } from "@/lib/lead-handover/schemas";

type Option = { personId: string; name: string };
type Props = {
  candidates: Option[];
  leads: Option[];
  appoint: (values: AppointLeadInput) => Promise<ActionResult<AppointResult>>;
};

const moved = (r: AppointResult) =>
  r.moved === 0
    ? "No open actions needed handing over."
    : `${r.moved} open ${r.moved === 1 ? "action passes" : "actions pass"} to them${
        r.inPlace ? "" : " from the plan's next version (the current one stays as it was reviewed)"
      }; they confirm ${r.moved === 1 ? "it" : "each"} on the action plan.`;

export function AppointForm({ candidates, leads, appoint }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    appointLeadSchema,
    async (values) => {
      const out = await appoint(values);
      if (out.ok) router.refresh();
      return out;
    },
    { personId: "", fromPersonId: leads.length > 1 ? "" : (leads[0]?.personId ?? "") },
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Appoint a new lead"
      className="flex max-w-xl flex-col gap-4"
    >
      {leads.length > 1 && (
        <SelectField
          id="appoint-from"
          label="The lead handing over"
          hint="Your school has more than one lead. Their open actions pass to the new lead, and they become staff."
          options={[
            { value: "", label: "Choose a lead" },
            ...leads.map((l) => ({ value: l.personId, label: l.name })),
          ]}
          error={errorOf("fromPersonId")}
          {...form.register("fromPersonId")}
        />
      )}
      <SelectField
        id="appoint-to"
        label="New senior mental health lead"
        hint="Someone who is in the school now. Heads and current leads are not listed."
        options={[
          { value: "", label: "Choose a member of staff" },
          ...candidates.map((c) => ({ value: c.personId, label: c.name })),
        ]}
        error={errorOf("personId")}
        {...form.register("personId")}
      />
      {/* The server's refusal is beside its field; a refusal with no field (a race) is shown here. */}
      <div aria-live="polite">
        {result && !result.ok && !result.fieldErrors && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            {result.data.toName} is now the senior mental health lead
            {result.data.fromName ? `, and ${result.data.fromName} is a member of staff` : ""}.{" "}
            {moved(result.data)}
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Appoint the new lead
        </Button>
      </div>
    </form>
  );
}
