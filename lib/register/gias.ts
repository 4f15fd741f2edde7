// Reads an extract of the DfE's Get Information About Schools register (its "establishment fields"
// CSV, or a search result downloaded from it). Columns are found by their published names, so a full
// download and a smaller one with chosen fields both work. Pure: no database.
import { readCsvRows, type CsvProblem } from "../csv";

export type RegisterEntry = {
  urn: string;
  name: string;
  typeName: string;
  phaseName: string;
  statusName: string;
  laCode: string;
  laName: string;
  district: string | null;
  trustCode: string | null;
  trustName: string | null;
  postcode: string | null;
  website: string | null;
};

export type RegisterRead = { entries: RegisterEntry[]; problems: CsvProblem[] };

/** The register's own column names for each field; the first group must all be there. */
const REQUIRED = {
  urn: "URN",
  name: "EstablishmentName",
  typeName: "TypeOfEstablishment (name)",
  phaseName: "PhaseOfEducation (name)",
  statusName: "EstablishmentStatus (name)",
  laCode: "LA (code)",
  laName: "LA (name)",
} as const;
const OPTIONAL = {
  district: "DistrictAdministrative (name)",
  trustCode: "Trusts (code)",
  trustName: "Trusts (name)",
  postcode: "Postcode",
  website: "SchoolWebsite",
} as const;

/** The most rows one import takes: the whole register of England is about 52,000 establishments. */
export const MAX_REGISTER_ROWS = 100_000;
const URN = /^[0-9]{6}$/;

export function readRegister(text: string): RegisterRead {
  const [header, ...body] = readCsvRows(text);
  if (!header) return { entries: [], problems: [{ line: null, message: "The file is empty." }] };
  const index = new Map(header.cells.map((name, i) => [name.toLowerCase(), i]));
  const column = (name: string) => index.get(name.toLowerCase());
  const missing = Object.values(REQUIRED).filter((name) => column(name) === undefined);
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(", ");
    return {
      entries: [],
      problems: [
        {
          line: header.line,
          message: `This does not look like a register extract: the header has no ${list} column. Download the establishment fields CSV from Get Information About Schools.`,
        },
      ],
    };
  }
  if (body.length > MAX_REGISTER_ROWS)
    return {
      entries: [],
      problems: [{ line: null, message: `The file has more than ${MAX_REGISTER_ROWS} rows.` }],
    };

  const entries: RegisterEntry[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of body) {
    const cell = (name: string) => {
      const i = column(name);
      return i === undefined ? "" : (cells[i] ?? "");
    };
    const optional = (name: string) => cell(name) || null;
    const urn = cell(REQUIRED.urn);
    if (!URN.test(urn)) {
      problems.push({ line, message: `"${urn}" is not a URN (six digits).` });
      continue;
    }
    if (seen.has(urn)) {
      problems.push({ line, message: `URN ${urn} appears twice.` });
      continue;
    }
    const name = cell(REQUIRED.name);
    if (!name) {
      problems.push({ line, message: `URN ${urn} has no name.` });
      continue;
    }
    seen.add(urn);
    entries.push({
      urn,
      name,
      typeName: cell(REQUIRED.typeName),
      phaseName: cell(REQUIRED.phaseName),
      statusName: cell(REQUIRED.statusName),
      laCode: cell(REQUIRED.laCode),
      laName: cell(REQUIRED.laName),
      district: optional(OPTIONAL.district),
      trustCode: optional(OPTIONAL.trustCode),
      trustName: optional(OPTIONAL.trustName),
      postcode: optional(OPTIONAL.postcode),
      website: optional(OPTIONAL.website),
    });
  }
  return { entries, problems };
}

/**
 * The register's downloads are Windows-1252; a file saved again by a spreadsheet may be UTF-8.
 * Decode as UTF-8 when it is valid, else as Windows-1252, so "Sainte-Thérèse" survives either way.
 */
export function decodeRegisterFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
