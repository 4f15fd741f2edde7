"use client";

import { FileImportForm } from "@/components/ui/file-import-form";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportResponsesInput } from "@/lib/rounds/forms";

type Props = {
  roundId: string;
  action: (values: ImportResponsesInput) => Promise<ActionResult<{ people: number; answers: number }>>;
};

export function ImportResponsesForm({ roundId, action }: Props) {
  return (
    <FileImportForm
      id="responses-file"
      label="Responses file (CSV)"
      accept=".csv,text/csv"
      submitLabel="Import responses"
      hint={
        <>
          First line <code>email,competency_code,rating</code>, then one rating a line, for example{" "}
          <code>sam.jones@school.org.uk,C1.01,3</code>. Each person needs a rating from 0 to 4 for every
          competency in scope for them, and their response counts as submitted. Either every row is imported
          or none.
        </>
      }
      send={async (file) => action({ roundId, csv: await file.text() })}
      success={(d) =>
        `Imported ${d.people} ${d.people === 1 ? "response" : "responses"} (${d.answers} ratings).`
      }
    />
  );
}
