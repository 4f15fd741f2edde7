"use client";

import { useState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "./alert";
import { Button } from "./button";
import { chosenFileProblem } from "./chosen-file";
import { reach, type Reached } from "./reach";

type Props<R> = {
  id: string;
  label: string;
  hint: ReactNode;
  accept: string;
  submitLabel: string;
  /** Reads the chosen file and calls the action; the server checks every row before writing any. */
  send: (file: File) => Promise<ActionResult<R>>;
  success: (data: R) => ReactNode;
  /** Asked before sending, for imports that replace something. */
  confirm?: string;
};

/**
 * A file is read in the browser and its text sent to a server action. Every problem the server
 * finds (one per bad row, under the field error key "file") is listed, so all can be fixed at once.
 */
export function FileImportForm<R>({
  id,
  label,
  hint,
  accept,
  submitLabel,
  send,
  success,
  confirm,
}: Props<R>) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<R>> | null>(null);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const problem = chosenFileProblem(file, "input", "Choose a file.");
    if (problem || !file) return setResult(problem);
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    setResult(null);
    setResult(await reach(() => send(file)));
    setBusy(false);
  }

  const failed = result && !result.ok ? result : null;
  const problems = failed?.fieldErrors?.file ?? [];
  // Any other field error (no file, too large, wrong type) belongs beside the file input.
  const fieldError = failed
    ? Object.entries(failed.fieldErrors ?? {}).find(([key]) => key !== "file")?.[1]?.[0]
    : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        <div id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </div>
        <input
          id={id}
          type="file"
          accept={accept}
          aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={Boolean(fieldError)}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="min-h-11 max-w-full"
        />
        {fieldError && (
          <p id={`${id}-error`} className="text-sm font-medium text-red-800">
            {fieldError}
          </p>
        )}
      </div>
      {failed && !fieldError && (
        <Alert tone="error">
          <p className="font-medium">{failed.message}</p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {result?.ok && <Alert tone="success">{success(result.data)}</Alert>}
      <div>
        <Button type="submit" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
