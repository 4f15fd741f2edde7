"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import {
  SERVICE_KIND_LABELS,
  SERVICE_KINDS,
  SERVICE_TIER_LABELS,
  serviceSchema,
  type ServiceInput,
} from "@/lib/services/schemas";

type Props = {
  action: (values: ServiceInput) => Promise<ActionResult<{ id: string }>>;
  /** An entry to edit; without it the form adds one. */
  entry?: ServiceInput & { id: string };
  today: string;
};

/** Adds or changes a directory entry; every field's error sits beside it. */
export function ServiceForm({ action, entry, today }: Props) {
  const router = useRouter();
  const prefix = entry ? `service-${entry.id}` : "service-new";
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    serviceSchema,
    action,
    entry ?? {
      name: "",
      kind: "MHST",
      tier: "",
      forWhom: "",
      howToRefer: "",
      threshold: "",
      website: "",
      lastCheckedOn: today,
    },
  );
  useEffect(() => {
    if (result?.ok) {
      if (!entry) form.reset();
      router.refresh();
    }
  }, [result, form, entry, router]);
  const isCypmhs = form.watch("kind") === "CYPMHS";
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={entry ? `Change ${entry.name}` : "Add a service"}
      className="flex flex-col gap-4"
    >
      {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
      {result?.ok && (
        <Alert tone="success">{entry ? "Entry saved." : "Service added to the directory."}</Alert>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField id={`${prefix}-name`} label="Name" error={errorOf("name")} {...form.register("name")} />
        <SelectField
          id={`${prefix}-kind`}
          label="Kind of service"
          options={SERVICE_KINDS.map((k) => ({ value: k, label: SERVICE_KIND_LABELS[k] }))}
          error={errorOf("kind")}
          {...form.register("kind")}
        />
        <SelectField
          id={`${prefix}-tier`}
          label="Tier of staff it serves or trains"
          options={Object.entries(SERVICE_TIER_LABELS).map(([value, label]) => ({ value, label }))}
          error={errorOf("tier")}
          {...form.register("tier")}
        />
        <TextField
          id={`${prefix}-website`}
          label="Web address (optional)"
          type="url"
          hint="Starting https://"
          error={errorOf("website")}
          {...form.register("website")}
        />
      </div>
      <TextAreaField
        id={`${prefix}-for-whom`}
        label="Who it is for"
        hint="Pupils, families or staff; ages; any area it covers."
        error={errorOf("forWhom")}
        {...form.register("forWhom")}
      />
      <TextAreaField
        id={`${prefix}-refer`}
        label="How to refer"
        hint="The referral route: a form, a phone line, an email, who may refer."
        error={errorOf("howToRefer")}
        {...form.register("howToRefer")}
      />
      <TextAreaField
        id={`${prefix}-threshold`}
        label={isCypmhs ? "Threshold for a referral" : "Threshold for a referral (optional)"}
        hint="Needed for children and young people's mental health services."
        error={errorOf("threshold")}
        {...form.register("threshold")}
      />
      <div className="sm:max-w-xs">
        <TextField
          id={`${prefix}-checked`}
          label="Details last checked on"
          type="date"
          max={today}
          hint="Entries are flagged 12 months after this day."
          error={errorOf("lastCheckedOn")}
          {...form.register("lastCheckedOn")}
        />
      </div>
      <div>
        <Button type="submit" busy={busy}>
          {entry ? "Save changes" : "Add the service"}
        </Button>
      </div>
    </form>
  );
}
