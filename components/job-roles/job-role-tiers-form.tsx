"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { jobRoleTiersSchema, type JobRoleTiersInput } from "@/lib/tiers/forms";
import type { JobRoleTierRow } from "@/lib/tiers/queries";
import { TIER_NAMES, TIERS, type Tier } from "@/lib/tiers";
import { reach, type Reached } from "@/components/ui/reach";

type Props = {
  rows: JobRoleTierRow[];
  save: (values: JobRoleTiersInput) => Promise<ActionResult<{ changed: number }>>;
  reset: (values: Record<string, never>) => Promise<ActionResult<{ changed: number }>>;
};

const OPTIONS = TIERS.map((t) => ({ value: String(t), label: `Tier ${t}: ${TIER_NAMES[t]}` }));
const mapOf = (rows: JobRoleTierRow[], pick: (r: JobRoleTierRow) => Tier) =>
  Object.fromEntries(rows.map((r) => [r.jobRole, pick(r)])) as Record<JobRole, Tier>;

export function JobRoleTiersForm({ rows, save, reset }: Props) {
  const { form, onSubmit, result, setResult, errorOf, busy } = useActionForm(jobRoleTiersSchema, save, {
    tiers: mapOf(rows, (r) => r.requiredTier),
  });
  const [resetting, setResetting] = useState(false);
  const [resetOutcome, setResetOutcome] = useState<Reached<ActionResult<{ changed: number }>> | null>(null);
  const tiers = useWatch({ control: form.control, name: "tiers" }) as Record<JobRole, Tier>;
  // How the staff room splits with the tiers as they are set now, before saving.
  const split = TIERS.map((t) =>
    rows.filter((r) => Number(tiers[r.jobRole]) === t).reduce((n, r) => n + r.people, 0),
  );

  async function onReset() {
    if (!window.confirm("Put every job role back to Harbour's default tier?")) return;
    setResetting(true);
    setResult(null);
    const outcome = await reach(() => reset({}));
    setResetting(false);
    if (outcome.ok) form.reset({ tiers: mapOf(rows, (r) => r.defaultTier) });
    setResetOutcome(outcome);
  }

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Required tier for each job role"
      className="flex flex-col gap-4"
    >
      <div aria-live="polite">
        {resetOutcome && !resetOutcome.ok && <Alert tone="error">{resetOutcome.message}</Alert>}
        {resetOutcome?.ok && !result && (
          <Alert tone="success">Every job role is back to its default tier.</Alert>
        )}
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            {result.data.changed === 0
              ? "Nothing needed changing."
              : `Saved: ${result.data.changed} ${result.data.changed === 1 ? "job role" : "job roles"} changed.`}
          </Alert>
        )}
      </div>
      <p>
        With these tiers: {split.map((n, i) => `${TIER_NAMES[TIERS[i]!]} ${n}`).join(", ")}{" "}
        {split.reduce((a, b) => a + b, 0) === 1 ? "person" : "people"}.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {rows.map((r) => (
          <li key={r.jobRole}>
            <SelectField
              id={`tier-${r.jobRole}`}
              label={r.label}
              hint={`Default: tier ${r.defaultTier}, ${TIER_NAMES[r.defaultTier]} · ${r.people} ${r.people === 1 ? "person" : "people"}`}
              options={OPTIONS}
              error={errorOf(`tiers.${r.jobRole}`)}
              {...form.register(`tiers.${r.jobRole}`, { valueAsNumber: true })}
            />
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" busy={busy}>
          Save tiers
        </Button>
        <Button type="button" variant="secondary" busy={resetting} onClick={onReset}>
          Reset to defaults
        </Button>
      </div>
    </form>
  );
}
