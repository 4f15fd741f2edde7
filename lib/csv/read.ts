// Reading CSV for every importer: each row keeps the line it starts on, so each problem can be
// reported where a person will find it in their spreadsheet. Pure: no database.
import Papa from "papaparse";

export type CsvRow = { line: number; cells: string[] };
export type CsvProblem = { line: number | null; message: string };

/**
 * Splits CSV text into rows with their starting line numbers, cells trimmed. Blank lines (and lines
 * of only spaces or commas) are skipped but still counted, so later rows keep their real line.
 */
export function readCsvRows(text: string): CsvRow[] {
  // Excel writes a byte-order mark and Windows line endings; neither should reach the checks.
  const clean = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    // Fixed, never guessed: Papa would otherwise take a file full of tabs for tab-separated.
    delimiter: ",",
    newline: "\n",
    step: (result) => {
      const cells = result.data.map((c) => c.trim());
      if (cells.some((c) => c !== "")) rows.push({ line, cells });
      const end = result.meta.cursor;
      // A quoted cell may span lines, so count the newlines this row used.
      for (let i = start; i < end; i++) if (clean[i] === "\n") line++;
      start = end;
    },
  });
  return rows;
}

/** Checks that the first row is exactly the expected header (case and spacing ignored). */
export function headerProblem(rows: CsvRow[], expected: readonly string[]): CsvProblem | null {
  const first = rows[0];
  const wanted = expected.join(",");
  if (!first)
    return { line: null, message: `The file is empty. The first line must be the header: ${wanted}` };
  const got = first.cells.map((c) => c.toLowerCase().replace(/\s+/g, "_")).join(",");
  return got === wanted
    ? null
    : {
        line: first.line,
        message: `The first line must be the header "${wanted}", but it is "${first.cells.join(",")}".`,
      };
}

/** "Line 4: ..." for messages and field errors. */
export function formatProblem(p: CsvProblem): string {
  return p.line === null ? p.message : `Line ${p.line}: ${p.message}`;
}
