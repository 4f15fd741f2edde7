import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { MAX_UPLOAD_BYTES, TOO_LARGE_MESSAGE } from "@/lib/csv";
import { checkRoster } from "@/lib/people/roster";
import { rosterImportSchema } from "@/lib/people/schemas";
import { requiredTier } from "@/lib/tiers";

describe("roster CSV checking", () => {
  it("accepts a clean file, normalising emails and job roles", () => {
    const { rows, problems } = checkRoster(
      "email,name,job_role\nSam.Jones@School.org.uk,Sam Jones,teaching assistant\nali@school.org.uk,Ali Khan,SENCO\n",
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, email: "sam.jones@school.org.uk", name: "Sam Jones", jobRole: "TEACHING_ASSISTANT" },
      { line: 3, email: "ali@school.org.uk", name: "Ali Khan", jobRole: "SENCO" },
    ]);
  });

  it("reports every bad row with its line number", () => {
    const csv = [
      "email,name,job_role",
      "ok@school.org.uk,Fine Person,TEACHER",
      "not-an-email,Bad Email,TEACHER",
      "nojob@school.org.uk,No Job,ASTRONAUT",
      "ok@school.org.uk,Duplicate,TEACHER",
      "noname@school.org.uk,,TEACHER",
      "too,many,values,here",
    ].join("\n");
    const { problems } = checkRoster(csv);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(problems[0]!.message).toMatch(/valid email/);
    expect(problems[1]!.message).toMatch(/Unknown job role "ASTRONAUT"/);
    expect(problems[2]!.message).toMatch(/already on line 2/);
    expect(problems[3]!.message).toMatch(/Enter a name/);
    expect(problems[4]!.message).toMatch(/Expected 3 values/);
  });

  it("refuses a file without the expected header, and an empty one", () => {
    expect(checkRoster("name,email\nx,y").problems[0]!.message).toMatch(/first line must be/);
    expect(checkRoster("email,name,job_role\n").problems[0]!.message).toMatch(/no rows/);
  });

  it("reports what the caller already knows about an email (member or invited)", () => {
    const { problems } = checkRoster(
      "email,name,job_role\na@s.org,A,TEACHER",
      () => "This person is already a member of the school.",
    );
    expect(problems).toEqual([{ line: 2, message: "This person is already a member of the school." }]);
  });
});

describe("the roster file's size", () => {
  const fileOf = (bytes: number) => "email,name,job_role\n" + "x".repeat(bytes - 20);

  it("accepts a 1.35 MB file and refuses one over the one limit, with the one message", () => {
    expect(rosterImportSchema.safeParse({ csv: fileOf(1_350_000) }).success).toBe(true);
    expect(rosterImportSchema.safeParse({ csv: fileOf(MAX_UPLOAD_BYTES) }).success).toBe(true);
    const big = rosterImportSchema.safeParse({ csv: fileOf(MAX_UPLOAD_BYTES + 1) });
    expect(big.success).toBe(false);
    expect(big.error!.issues[0]!.message).toBe(TOO_LARGE_MESSAGE);
  });

  it("counts bytes, not characters, as the browser's file size does", () => {
    const accented = "é".repeat(MAX_UPLOAD_BYTES / 2 + 1); // 2 bytes each
    expect(rosterImportSchema.safeParse({ csv: accented }).success).toBe(false);
  });

  it("lets a request that size reach the action: the server's body limit is well above the file limit", () => {
    const config = readFileSync(new URL("../../next.config.mjs", import.meta.url), "utf8");
    const limit = /bodySizeLimit:\s*"(\d+)mb"/.exec(config);
    expect(limit, "next.config.mjs sets serverActions.bodySizeLimit").not.toBeNull();
    // Text travels JSON-encoded: quotes and backslashes double, so allow twice the file limit.
    expect(Number(limit![1]) * 1024 * 1024).toBeGreaterThanOrEqual(2 * MAX_UPLOAD_BYTES);
  });
});

describe("required tiers", () => {
  it("uses DESIGN.md's defaults and a school's own overrides", () => {
    expect(requiredTier("TEACHER")).toBe(1);
    expect(requiredTier("MIDDAY_SUPERVISOR")).toBe(1);
    expect(requiredTier("FORM_TUTOR")).toBe(2);
    expect(requiredTier("ELSA")).toBe(2);
    expect(requiredTier("SENCO")).toBe(3);
    expect(requiredTier("SENIOR_MH_LEAD")).toBe(3);
    expect(requiredTier("TEACHER", { TEACHER: 2 })).toBe(2);
  });
});
