"use client";

import { FileImportForm } from "@/components/ui/file-import-form";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_UPLOAD_LABEL } from "@/lib/csv/limits";
import { decodeRegisterFile } from "@/lib/register/gias";

type Imported = { rows: number; added: number; updated: number };

export function RegisterImportForm({
  action,
}: {
  action: (values: { csv: string }) => Promise<ActionResult<Imported>>;
}) {
  return (
    <FileImportForm
      id="register-file"
      label="Register extract (CSV)"
      accept=".csv,text/csv"
      submitLabel="Import the register"
      hint={
        <>
          From Get Information About Schools, download the establishment fields CSV of your area (a search by
          local authority or trust) of {MAX_UPLOAD_LABEL} at most; the whole of England is imported on the
          server with <code>npm run register:import -- file.csv</code>. Importing again refreshes it.
        </>
      }
      // The register's files are Windows-1252; decoding here keeps accented names intact.
      send={async (file) => action({ csv: decodeRegisterFile(new Uint8Array(await file.arrayBuffer())) })}
      success={(d) =>
        `Imported ${d.rows} ${d.rows === 1 ? "school" : "schools"}: ${d.added} new, ${d.updated} updated.`
      }
    />
  );
}
