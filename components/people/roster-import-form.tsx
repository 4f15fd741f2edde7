"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_UPLOAD_LABEL } from "@/lib/csv/limits";
import { MAX_ROSTER_ROWS } from "@/lib/people/roster";
import type { RosterResult } from "@/lib/people/queries";
import { InvitationLinks } from "./invitation-links";
import { chosenFileProblem } from "@/components/ui/chosen-file";
import { reach, type Reached } from "@/components/ui/reach";

/** Reads the CSV in the browser and sends its text; the server checks every row before writing any. */
export function RosterImportForm({
  action,
}: {
  action: (values: { csv: string }) => Promise<ActionResult<RosterResult>>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Reached<ActionResult<RosterResult>> | null>(null);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const problem = chosenFileProblem(file, "csv", "Choose a CSV file.");
    if (problem || !file) return setResult(problem);
    setBusy(true);
    setResult(await reach(async () => action({ csv: await file.text() })));
    setBusy(false);
  }

  const problems = result?.ok ? result.data.problems : [];
  const fileError = result && !result.ok ? result.fieldErrors?.csv?.[0] : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="roster-file" className="font-medium">
          Roster file (CSV)
        </label>
        <p id="roster-hint" className="text-sm text-slate-600">
          First line <code>email,name,job_role</code>, then one person a line, for example{" "}
          <code>sam.jones@school.org.uk,Sam Jones,TEACHING_ASSISTANT</code>. Up to {MAX_ROSTER_ROWS} people
          and {MAX_UPLOAD_LABEL} a file; either every row is imported or none.
        </p>
        <input
          id="roster-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={fileError ? "roster-hint roster-error" : "roster-hint"}
          aria-invalid={Boolean(fileError)}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          className="min-h-11"
        />
        {fileError && (
          <p id="roster-error" className="text-sm font-medium text-red-800">
            {fileError}
          </p>
        )}
      </div>
      {result && !result.ok && !fileError && <Alert tone="error">{result.message}</Alert>}
      {problems.length > 0 && (
        <Alert tone="error">
          <p className="font-medium">Nothing was imported. Fix these rows and try again:</p>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((p) => (
              <li key={p.line}>
                Line {p.line}: {p.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {result?.ok && result.data.imported > 0 && (
        <Alert tone="success">
          <p className="mb-2 font-medium">Imported {result.data.imported} people.</p>
          <InvitationLinks invitations={result.data.invitations} />
        </Alert>
      )}
      <div>
        <Button type="submit" busy={busy}>
          Import roster
        </Button>
      </div>
    </form>
  );
}
