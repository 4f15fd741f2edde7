"use client";
// The reviewer's decision: validate, or ask for changes with a comment on any objective or action.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { decideSchema, type DecideInput } from "@/lib/action-plan/schemas";
import type { VersionContent } from "@/lib/action-plan/store";
import { PlanRead } from "./plan-read";

type Props = {
  versionId: string;
  content: VersionContent;
  decide: (v: DecideInput) => Promise<ActionResult<{ versionId: string; status: string }>>;
};

export function ReviewForm({ versionId, content, decide }: Props) {
  const router = useRouter();
  const keys = content.flatMap((o) => [o.key, ...o.actions.map((a) => a.key)]);
  const { form, onSubmit, result, errorOf, busy } = useActionForm(decideSchema, decide, {
    versionId,
    decision: "CHANGES_REQUESTED",
    note: "",
    comments: keys.map((itemKey) => ({ itemKey, body: "" })),
  });
  useEffect(() => {
    if (result?.ok) router.refresh();
  }, [result, router]);
  const box = (itemKey: string, label: string) => {
    const i = keys.indexOf(itemKey);
    return (
      <div className="mt-2">
        <TextAreaField
          id={`comment-${i}`}
          label={label}
          rows={2}
          {...form.register(`comments.${i}.body` as "note")}
        />
      </div>
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Review the plan" className="flex flex-col gap-4">
      <PlanRead content={content} commentBox={box} />
      <fieldset className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="font-medium">Your decision</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="CHANGES_REQUESTED" {...form.register("decision")} /> Ask for changes
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="VALIDATED" {...form.register("decision")} /> Validate the plan
        </label>
        <TextAreaField
          id="decision-note"
          label="A note to the school"
          error={errorOf("note")}
          {...form.register("note")}
        />
      </fieldset>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            {result.data.status === "VALIDATED" ? "Plan validated." : "Sent back with your comments."}
          </Alert>
        )}
      </div>
      <div>
        <Button type="submit" busy={busy}>
          Send the decision
        </Button>
      </div>
    </form>
  );
}
