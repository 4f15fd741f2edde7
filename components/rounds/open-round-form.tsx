"use client";

import Link from "next/link";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { formatDate } from "@/lib/format";
import { openRoundFormSchema, type OpenRoundFormInput } from "@/lib/rounds/forms";
import type { RoundStatus } from "@/lib/rounds/rules";
import { JOB_ROLE_KEYS, JOB_ROLES, TIER_NAMES } from "@/lib/tiers";
import { modeExplanation } from "./labels";
import { ReminderDaysFields } from "./reminder-days-fields";

type Opened = { id: string; title: string; status: RoundStatus; opensAt: Date };
type Props = {
  schoolId: string;
  action: (values: OpenRoundFormInput) => Promise<ActionResult<Opened>>;
  /** Today and a fortnight on, as the date inputs want them (London days). */
  defaults: { opensOn: string; closesOn: string };
  framework: string;
  k: number;
};

const JOB_ROLE_CHOICES = JOB_ROLE_KEYS.map((j) => ({
  value: j,
  label: `${JOB_ROLES[j].label} (${TIER_NAMES[JOB_ROLES[j].defaultTier]})`,
}));

export function OpenRoundForm({ schoolId, action, defaults, framework, k }: Props) {
  const { form, onSubmit, result, setResult, errorOf, busy } = useActionForm(openRoundFormSchema, action, {
    title: "",
    ...defaults,
    mode: "NAMED",
    audience: "ALL_STAFF",
    jobRoles: [],
    remindDaysBefore: "3",
    remindAgainDaysBefore: "1",
  });
  const audience = useWatch({ control: form.control, name: "audience" });

  if (result?.ok) {
    const r = result.data;
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">
          <p>
            {r.status === "OPEN"
              ? `“${r.title}” is open.`
              : `“${r.title}” will open on ${formatDate(new Date(r.opensAt), { weekday: true })}.`}{" "}
            <Link href={`/schools/${schoolId}/rounds/${r.id}`} className="text-harbour-700 underline">
              See its progress
            </Link>
          </p>
        </Alert>
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              form.reset();
              setResult(null);
            }}
          >
            Open another round
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Open a round" className="flex flex-col gap-4">
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      <TextField
        id="round-title"
        label="Title"
        hint="For example, Autumn term self-assessment."
        error={errorOf("title")}
        {...form.register("title")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="round-opens"
          label="Opening date"
          type="date"
          error={errorOf("opensOn")}
          {...form.register("opensOn")}
        />
        <TextField
          id="round-closes"
          label="Closing date"
          type="date"
          error={errorOf("closesOn")}
          {...form.register("closesOn")}
        />
      </div>
      <p className="text-sm text-slate-700">
        The round opens at the start of the opening date and closes at the end of the closing date, UK time.
        Staff will answer {framework}.
      </p>
      <ChoiceGroup
        id="round-audience"
        legend="Who is asked"
        type="radio"
        options={[
          { value: "ALL_STAFF", label: "All staff" },
          { value: "JOB_ROLES", label: "Chosen job roles" },
        ]}
        error={errorOf("audience")}
        input={form.register("audience")}
      />
      {audience === "JOB_ROLES" && (
        <ChoiceGroup
          id="round-job-roles"
          legend="Job roles asked"
          type="checkbox"
          columns
          options={JOB_ROLE_CHOICES}
          error={errorOf("jobRoles")}
          input={form.register("jobRoles")}
        />
      )}
      <ChoiceGroup
        id="round-mode"
        legend="Mode"
        type="radio"
        options={[
          { value: "NAMED", label: "Named", description: modeExplanation("NAMED", k) },
          { value: "CONFIDENTIAL", label: "Confidential", description: modeExplanation("CONFIDENTIAL", k) },
        ]}
        error={errorOf("mode")}
        input={form.register("mode")}
      />
      <ReminderDaysFields
        idPrefix="round-reminders"
        register={(f) => form.register(f)}
        errorOf={(f) => errorOf(f)}
      />
      <div>
        <Button type="submit" busy={busy}>
          Open the round
        </Button>
      </div>
    </form>
  );
}
