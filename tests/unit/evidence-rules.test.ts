import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALLOWED_TYPES, safeFileName, zipProblem, ZIP_LIMITS } from "@/lib/evidence/file-rules";
import { parseTarget, targetText } from "@/lib/evidence/targets";

const MB = 1024 * 1024;

describe("zip limits for office documents", () => {
  it("accepts a document's ordinary parts", () => {
    expect(
      zipProblem([
        { name: "[Content_Types].xml", compressed: 400, uncompressed: 1500 },
        { name: "word/document.xml", compressed: 200 * 1024, uncompressed: 2 * MB },
      ]),
    ).toBeNull();
  });
  it("refuses a part compressed far more than real content, too many parts, and too much in total", () => {
    expect(zipProblem([{ name: "bomb", compressed: 40 * 1024, uncompressed: 40 * MB }])).toMatch(
      /compressed far more/,
    );
    expect(
      zipProblem(
        Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
          name: `${i}`,
          compressed: 1,
          uncompressed: 1,
        })),
      ),
    ).toMatch(/too many parts/);
    expect(
      zipProblem(
        Array.from({ length: 30 }, (_, i) => ({ name: `${i}`, compressed: 4 * MB, uncompressed: 4 * MB })),
      ),
    ).toMatch(/expand/);
  });
});

describe("safe download names", () => {
  it("keep only safe characters and always end in the checked type's extension", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(...Object.keys(ALLOWED_TYPES)),
        (name, mime) => {
          const safe = safeFileName(name, mime);
          expect(safe).toMatch(/^[A-Za-z0-9 _-]+\.[a-z]+$/);
          expect(safe.endsWith(`.${ALLOWED_TYPES[mime]!.ext}`)).toBe(true);
          expect(safe.length).toBeLessThanOrEqual(90);
        },
      ),
    );
  });
  it("replace the client's extension with the content's", () => {
    expect(safeFileName("report.pdf", "image/png")).toBe("report.png");
    expect(safeFileName('../../"evil".sh.pdf', "application/pdf")).toBe("evil_sh.pdf");
    expect(safeFileName("", "application/pdf")).toBe("evidence.pdf");
  });
});

describe("evidence targets", () => {
  it("read back what they write, and refuse unknown principles and areas", () => {
    for (const t of ["principle:ethos", "lead-area:leadership", "action:abc-123", "criterion:ckx1"])
      expect(targetText(parseTarget(t)!)).toBe(t);
    for (const t of ["principle:nope", "lead-area:curriculum", "school:x", "action:", "action:a b", "", null])
      expect(parseTarget(t)).toBeNull();
  });
});
