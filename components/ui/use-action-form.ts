"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { reach, type Reached } from "./reach";

/**
 * react-hook-form with the same zod schema the server action applies; the server's field errors
 * land beside the same fields, and its message above the form.
 */
export function useActionForm<S extends z.ZodType<unknown, FieldValues>, R>(
  schema: S,
  action: (values: z.input<S>) => Promise<ActionResult<R>>,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(schema as any),
    defaultValues,
    // Checked on submit, then on each change: checking as a field loses focus would shift the
    // layout under a click that is already on its way.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [result, setResult] = useState<Reached<ActionResult<R>> | null>(null);

  const onSubmit = form.handleSubmit(async () => {
    setResult(null);
    // The raw values go to the server, which parses them with the same schema; a server that never
    // answers gives a failure like any other, so the form is usable again.
    const outcome = await reach(() => action(form.getValues()));
    setResult(outcome);
    if (!outcome.ok && outcome.fieldErrors) {
      for (const [field, messages] of Object.entries(outcome.fieldErrors)) {
        form.setError(field as Path<z.input<S>>, { message: messages[0] });
      }
    }
  });

  const errorOf = (field: Path<z.input<S>>) => {
    const parts = String(field).split(".");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let node: any = form.formState.errors;
    for (const p of parts) node = node?.[p];
    return typeof node?.message === "string" ? node.message : undefined;
  };

  return { form, onSubmit, result, setResult, errorOf, busy: form.formState.isSubmitting };
}
