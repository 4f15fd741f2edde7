// lib/csv is the only CSV reader and writer: CRLF line ends, spreadsheet formulas neutralised on
// the way out (and undone on the way in), every row with the line a person finds it on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, formatProblem, headerProblem, readCsvRows, toCsv, unescapeFormula } from "@/lib/csv";
import { checkRoster } from "@/lib/people/roster";

describe("writing CSV", () => {
  it("ends every line with CRLF, the last one too", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          [1, "x"],
          [null, "y"],
        ],
      ),
    ).toBe("a,b\r\n1,x\r\n,y\r\n");
  });

  it("puts a ' before text a spreadsheet would run as a formula, and leaves numbers alone", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1`)).toMatch(/^"?'/);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0.125)).toBe("0.125");
    expect(csvCell(null)).toBe("");
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("reads back exactly what it wrote, formula escape undone", () => {
    // Importers trim cells, so values are taken as a person would type them: no spaces at either end.
    const text = fc
      .string({ unit: fc.constantFrom("a", "=", "+", "-", "@", "'", ",", '"', "\n", " ", "\t", "b") })
      .filter((s) => s === s.trim());
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (rows) => {
        const wanted = rows.filter(([a, b]) => a.trim() !== "" || b.trim() !== "");
        const read = readCsvRows(toCsv(["h1", "h2"], rows)).slice(1);
        expect(read.map((r) => r.cells.map(unescapeFormula))).toEqual(
          wanted.map(([a, b]) => [a.trim(), b.trim()]),
        );
      }),
    );
  });
});

describe("reading CSV", () => {
  it("numbers rows by the line they start on, after blank lines and multi-line cells too", () => {
    const rows = readCsvRows('\uFEFFh1,h2\r\n\r\na,b\r\n   \r\n"two\r\nlines",c\r\nd,e\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ["h1", "h2"] },
      { line: 3, cells: ["a", "b"] },
      { line: 5, cells: ["two\nlines", "c"] },
      { line: 7, cells: ["d", "e"] },
    ]);
  });

  it("checks the header and says where a problem is", () => {
    const rows = readCsvRows("Email, Name\nx,y");
    expect(headerProblem(rows, ["email", "name"])).toBeNull();
    expect(formatProblem(headerProblem(rows, ["email", "job"])!)).toMatch(/^Line 1: /);
    expect(headerProblem([], ["email"])!.line).toBeNull();
  });
});

describe("the roster reads through lib/csv", () => {
  it("reports the right line after a blank line", () => {
    const { problems } = checkRoster(
      "email,name,job_role\n\nok@school.org.uk,Fine,TEACHER\n\nbad,Bad,TEACHER\n",
    );
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  it("undoes the formula escape on names, as the other importers do", () => {
    const { rows } = checkRoster(
      toCsv(["email", "name", "job_role"], [["a@school.org.uk", "-Ann", "TEACHER"]]),
    );
    expect(rows[0]!.name).toBe("-Ann");
  });
});
