"use client";

import { FileImportForm } from "@/components/ui/file-import-form";
import type { ImportFrameworkInput } from "@/lib/framework/forms";
import type { FrameworkActions } from "./types";

// Any other file goes to the server as it is, which refuses it beside the field.
const formatOf = (name: string) =>
  (/\.json$/i.test(name) ? "json" : /\.csv$/i.test(name) ? "csv" : "") as ImportFrameworkInput["format"];

export function ImportFrameworkForm({ importFramework }: { importFramework: FrameworkActions["import"] }) {
  return (
    <FileImportForm
      id="framework-file"
      label="Framework file (JSON or CSV)"
      accept=".json,.csv,application/json,text/csv"
      submitLabel="Import framework"
      confirm="Importing makes a new version from this file. Competencies the file leaves out are kept, as retired. Continue?"
      hint={
        <>
          JSON as Harbour exports it, or CSV with the first line{" "}
          <code className="break-all">domain_code,domain_name,competency_code,tier,statement,guidance</code>.
          Nothing is imported unless every row is right.
        </>
      }
      send={async (file) => importFramework({ format: formatOf(file.name), text: await file.text() })}
      success={(d) => `Imported as version ${d.number}: ${d.changeSummary}.`}
    />
  );
}
