// Writes a register extract: new URNs are added, known ones updated, none removed (a school that
// has closed stays, marked by its status). Each column travels as one array (decision 0012).
import type { Tx } from "../db/scope";
import type { RegisterEntry } from "./gias";

const CHUNK = 5_000;
const COLUMNS = [
  "urn",
  "name",
  "typeName",
  "phaseName",
  "statusName",
  "laCode",
  "laName",
  "district",
  "trustCode",
  "trustName",
  "postcode",
  "website",
] as const satisfies readonly (keyof RegisterEntry)[];

/** Upserts every entry (row-level security lets only an operator write); returns how many were new. */
export async function writeRegister(tx: Tx, entries: RegisterEntry[], at: Date): Promise<{ added: number }> {
  let added = 0;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const part = entries.slice(i, i + CHUNK);
    const [
      urn,
      name,
      typeName,
      phaseName,
      statusName,
      laCode,
      laName,
      district,
      trustCode,
      trustName,
      postcode,
      website,
    ] = COLUMNS.map((key) => part.map((e) => e[key]));
    const rows = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO "RegisterSchool" (urn, name, "typeName", "phaseName", "statusName", "laCode", "laName",
        district, "trustCode", "trustName", postcode, website, "importedAt")
      SELECT *, ${at.toISOString()}::timestamptz AT TIME ZONE 'UTC' FROM unnest(
        ${urn}::text[], ${name}::text[], ${typeName}::text[], ${phaseName}::text[], ${statusName}::text[],
        ${laCode}::text[], ${laName}::text[], ${district}::text[], ${trustCode}::text[], ${trustName}::text[],
        ${postcode}::text[], ${website}::text[])
      ON CONFLICT (urn) DO UPDATE SET name = EXCLUDED.name, "typeName" = EXCLUDED."typeName",
        "phaseName" = EXCLUDED."phaseName", "statusName" = EXCLUDED."statusName", "laCode" = EXCLUDED."laCode",
        "laName" = EXCLUDED."laName", district = EXCLUDED.district, "trustCode" = EXCLUDED."trustCode",
        "trustName" = EXCLUDED."trustName", postcode = EXCLUDED.postcode, website = EXCLUDED.website,
        "importedAt" = EXCLUDED."importedAt"
      RETURNING (xmax = 0) AS inserted`;
    added += rows.filter((r) => r.inserted).length;
  }
  return { added };
}
