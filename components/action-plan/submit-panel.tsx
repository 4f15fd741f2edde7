"use client";
// Sends the saved version to the trust, or to a named external validator (who gets a link).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { submitSchema, type SubmitInput } from "@/lib/action-plan/schemas";

type Props = {
  versionId: string;
  revision: number;
  inTrust: boolean;
  submit: (v: unknown) => Promise<ActionResult<{ versionId: string; link: string | null; emailed: boolean }>>;
};

export function SubmitPanel({ versionId, revision, inTrust, submit }: Props) {
  const router = useRouter();
  const { form, onSubmit, result, errorOf, busy } = useActionForm(
    submitSchema,
    submit as (v: SubmitInput) => ReturnType<Props["submit"]>,
    {
      versionId,
      revision,
      to: inTrust ? "trust" : "validator",
      validatorName: "",
      validatorEmail: "",
    } as never,
  );
  useEffect(() => {
    form.setValue("revision", revision);
  }, [revision, form]);
  useEffect(() => {
    if (result?.ok && !result.data.link) router.refresh();
  }, [result, router]);
  const to = form.watch("to");
  const err = errorOf as (p: string) => string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Submit the plan" className="flex flex-col gap-3">
      <p className="text-slate-700">Save your changes first: the saved version is what is sent.</p>
      <div aria-live="polite">
        {result && !result.ok && <Alert tone="error">{result.message}</Alert>}
        {result?.ok && (
          <Alert tone="success">
            Submitted.{" "}
            {result.data.link
              ? `Email is not set up here, so send the validator this link yourself: ${result.data.link}`
              : result.data.emailed
                ? "The validator has been emailed a link."
                : ""}
          </Alert>
        )}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Send it to</legend>
        {inTrust && (
          <label className="flex min-h-11 items-center gap-2">
            <input type="radio" value="trust" {...form.register("to")} /> The school&apos;s trust leader
          </label>
        )}
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="validator" {...form.register("to")} /> A named external validator
        </label>
        {err("to") && <p className="text-sm font-medium text-red-800">{err("to")}</p>}
      </fieldset>
      {to === "validator" && (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            id="validator-name"
            label="Validator's name"
            error={err("validatorName")}
            {...form.register("validatorName" as never)}
          />
          <TextField
            id="validator-email"
            type="email"
            label="Validator's email"
            error={err("validatorEmail")}
            {...form.register("validatorEmail" as never)}
          />
        </div>
      )}
      <div>
        <Button type="submit" busy={busy}>
          Submit the plan
        </Button>
      </div>
    </form>
  );
}
