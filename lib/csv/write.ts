// Writing CSV for every export: RFC 4180 quoting, CRLF line ends (what spreadsheets expect), and a
// leading ' on any text a spreadsheet would run as a formula. Pure.
import Papa from "papaparse";

export type CsvValue = string | number | null;

// A cell that starts like a formula (=, +, -, @, tab, CR) gets a leading ' so a spreadsheet shows it
// as text (OWASP "CSV injection"); apostrophes already in front count too, so that reading it back
// can remove exactly the one that was added.
const FORMULA_START = /^'*[=+\-@\t\r]/;

const escaped = (value: CsvValue): CsvValue =>
  typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;

/** Undoes the formula escape on a cell read back in. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

const OPTIONS = { newline: "\r\n", quotes: false, escapeFormulae: false } as const;

/** One cell as it appears in the file (quoted when it must be). Numbers keep full precision. */
export function csvCell(value: CsvValue): string {
  return value === null ? "" : Papa.unparse([[escaped(value)]], OPTIONS);
}

/** A whole file: the header, then one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const data = rows.map((r) => r.map((c) => (c === null ? "" : escaped(c))));
  // With no rows Papa would still end the header with a line break, leaving a blank row after it.
  if (data.length === 0) return Papa.unparse([[...header]], OPTIONS) + "\r\n";
  return Papa.unparse({ fields: [...header], data }, OPTIONS) + "\r\n";
}
